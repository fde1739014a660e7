package io.passwordstage.flow;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlowStageBindingRepository extends JpaRepository<FlowStageBindingEntity, UUID> {

	@Query("""
			select b from FlowStageBindingEntity b join fetch b.target t join fetch t.policyBindingModel
			where b.stageId in :stageIds order by t.slug, b.order""")
	List<FlowStageBindingEntity> findWithFlows(Collection<UUID> stageIds);

}
