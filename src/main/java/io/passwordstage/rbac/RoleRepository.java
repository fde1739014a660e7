package io.passwordstage.rbac;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<RoleEntity, UUID> {

	boolean existsByName(String name);

}
