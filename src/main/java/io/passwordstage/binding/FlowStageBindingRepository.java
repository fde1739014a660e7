package io.passwordstage.binding;

import java.util.Optional;
import java.util.UUID;

import io.passwordstage.flow.FlowStageBindingEntity;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Flow-stage bindings, with their policy-binding-model rows, for writes. */
interface FlowStageBindingRepository extends JpaRepository<FlowStageBindingEntity, UUID> {

	/**
	 * The binding and its policy-binding-model row, locked until the transaction ends:
	 * writes to one binding happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from FlowStageBindingEntity b join fetch b.policyBindingModel where b.id = :id")
	Optional<FlowStageBindingEntity> findForWrite(UUID id);

}
