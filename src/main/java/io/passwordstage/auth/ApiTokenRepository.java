package io.passwordstage.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * API tokens for minting and revoking; authenticating a request reads them in plain SQL.
 */
interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, UUID> {

	Optional<ApiTokenEntity> findByIdentifier(String identifier);

	boolean existsByIdentifier(String identifier);

	List<ApiTokenEntity> findAll(Sort sort);

}
