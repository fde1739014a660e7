package io.passwordstage.stage;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The password-stage aggregate (with its bindings and the flows they create) for writes.
 */
interface PasswordStageRepository extends JpaRepository<PasswordStageEntity, UUID> {

	/**
	 * The stage, its base row locked until the transaction ends: writes to one stage
	 * happen one after the other. Native, because Hibernate locks a joined entity with
	 * one more select per table.
	 */
	@Query(nativeQuery = true, value = """
			select b.stage_uuid, b.name, s.stage_ptr_id, s.backends, s.configure_flow_id,
			s.failed_attempts_before_cancel, s.allow_show_password
			from authentik_stages_password_passwordstage s join authentik_flows_stage b on b.stage_uuid = s.stage_ptr_id
			where s.stage_ptr_id = :id for no key update of b""")
	Optional<PasswordStageEntity> findForWrite(UUID id);

	/**
	 * The stage with its bindings, their flows and the flows' policy-binding-model rows,
	 * in one query.
	 */
	@Query("""
			select s from PasswordStageEntity s left join fetch s.bindings b left join fetch b.target t
			left join fetch t.policyBindingModel where s.id = :id""")
	Optional<PasswordStageEntity> findWithFlows(UUID id);

}
