package io.passwordstage.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * API tokens for minting and revoking; authenticating a request reads them in plain SQL.
 */
interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, UUID> {

	Optional<ApiTokenEntity> findByIdentifier(String identifier);

	boolean existsByIdentifier(String identifier);

	/** One page, without the count query a {@code Page} would add. */
	List<ApiTokenEntity> findAllBy(Pageable page);

}
