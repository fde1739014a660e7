package io.passwordstage.flow;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Flows, for writes through {@code /flows/instances/}. */
interface FlowRepository extends JpaRepository<FlowEntity, UUID> {

	/**
	 * The flow with this slug, locked until the transaction ends, with its
	 * policy-binding-model row.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FlowEntity f join fetch f.policyBindingModel where f.slug = :slug")
	Optional<FlowEntity> findForWrite(String slug);

	/**
	 * Deletes the policy-binding-model rows of the flow's bindings, and with them (by
	 * cascade) the bindings: deleting a flow must not leave those rows behind.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from authentik_policies_policybindingmodel where pbm_uuid in
			(select policybindingmodel_ptr_id from authentik_flows_flowstagebinding where target_id = :flowId)""")
	int deleteBindingsOf(UUID flowId);

}
