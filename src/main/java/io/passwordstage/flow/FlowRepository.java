package io.passwordstage.flow;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FlowRepository extends JpaRepository<FlowEntity, UUID> {

	boolean existsBySlug(String slug);

}
