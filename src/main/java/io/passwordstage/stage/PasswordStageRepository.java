package io.passwordstage.stage;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The password-stage aggregate (with its bindings and the flows they create) for writes;
 * {@link PasswordStageLocks} loads it locked.
 */
interface PasswordStageRepository extends JpaRepository<PasswordStageEntity, UUID> {

	/**
	 * The stage with its bindings, their flows and the flows' policy-binding-model rows,
	 * in one query.
	 */
	@Query("""
			select s from PasswordStageEntity s left join fetch s.bindings b left join fetch b.target t
			left join fetch t.policyBindingModel where s.id = :id""")
	Optional<PasswordStageEntity> findWithFlows(UUID id);

}
