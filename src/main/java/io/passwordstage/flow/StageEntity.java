package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.persistence.AssignedIdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.StatelessSession;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The row every stage kind has (authentik's {@code Stage}, joined with its kind's own
 * table), and the flows it is bound to: {@code flow_set} is written here.
 */
@Entity
@Table(name = "authentik_flows_stage")
@Inheritance(strategy = InheritanceType.JOINED)
@DynamicUpdate
public abstract class StageEntity extends AssignedIdEntity {

	/** Position of a stage in a flow created for it through {@code flow_set}. */
	static final int NEW_BINDING_ORDER = 10;

	@Id
	@Column(name = "stage_uuid")
	private UUID id;

	@Column(nullable = false, unique = true)
	private String name;

	@OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<FlowStageBindingEntity> bindings = new ArrayList<>();

	protected StageEntity() {
	}

	protected StageEntity(UUID id, String name) {
		this.id = id;
		this.name = name;
	}

	@Override
	public UUID getId() {
		return id;
	}

	public String name() {
		return name;
	}

	public void rename(String name) {
		this.name = name;
	}

	/**
	 * Creates a flow for each validated item and binds this stage into it; the new flows,
	 * ordered by slug.
	 */
	public List<FlowSet> bindNewFlows(List<FlowSetRequest> items) {
		List<FlowSet> flowSet = new ArrayList<>(items.size());
		for (FlowSetRequest item : items) {
			FlowEntity flow = FlowEntity.create(item);
			bindings.add(new FlowStageBindingEntity(flow, this, NEW_BINDING_ORDER));
			flowSet.add(flow.toFlowSet());
		}
		flowSet.sort(Comparator.comparing(FlowSet::slug));
		return flowSet;
	}

	/**
	 * Makes the validated items the flows this stage is bound to: bound flows named again
	 * are updated, new slugs create and bind flows, and bound flows left out are unbound
	 * (the flows stay).
	 */
	public void replaceFlows(List<FlowSetRequest> items) {
		Set<String> kept = new HashSet<>();
		List<FlowSetRequest> created = new ArrayList<>();
		for (FlowSetRequest item : items) {
			FlowStageBindingEntity existing = bindingTo(item.slug());
			if (existing == null) {
				created.add(item);
			}
			else if (kept.add(item.slug())) {
				existing.target().apply(item);
			}
		}
		bindings.removeIf(binding -> !kept.contains(binding.target().slug()));
		bindNewFlows(created);
	}

	/**
	 * Inserts this new stage and the flows and bindings {@link #bindNewFlows} made for it
	 * through a session without a persistence context (nothing to snapshot, cascade or
	 * check at flush): the stage's rows, the policy-binding-model rows, the flows, then
	 * the bindings, the order their foreign keys need.
	 */
	public void insertAsNew(StatelessSession session) {
		session.insert(this);
		if (bindings.isEmpty()) {
			return;
		}
		List<Object> models = new ArrayList<>();
		List<FlowEntity> flows = new ArrayList<>();
		for (FlowStageBindingEntity binding : bindings) {
			models.add(binding.target().policyBindingModel());
			models.add(binding.policyBindingModel());
			flows.add(binding.target());
		}
		session.insertMultiple(models);
		session.insertMultiple(flows);
		session.insertMultiple(bindings);
	}

	/** Whether this stage is bound into the flow with this slug. */
	public boolean boundTo(String slug) {
		return bindingTo(slug) != null;
	}

	private FlowStageBindingEntity bindingTo(String slug) {
		return bindings.stream().filter(binding -> binding.target().slug().equals(slug)).findFirst().orElse(null);
	}

}
