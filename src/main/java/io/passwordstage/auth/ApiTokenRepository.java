package io.passwordstage.auth;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, UUID> {

	Optional<ApiTokenEntity> findByIdentifier(String identifier);

}
