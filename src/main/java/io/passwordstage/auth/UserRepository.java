package io.passwordstage.auth;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Users, for creating and deleting them; lists read them in plain SQL. */
interface UserRepository extends JpaRepository<UserEntity, Integer> {

	Optional<UserEntity> findByUsername(String username);

	boolean existsByUsername(String username);

}
