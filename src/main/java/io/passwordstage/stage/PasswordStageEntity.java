package io.passwordstage.stage;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.flow.FlowSet;
import io.passwordstage.flow.StageEntity;
import io.passwordstage.web.Sent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A password stage: its own row joined with the base stage row it extends, as in
 * authentik.
 */
@Entity
@Table(name = "authentik_stages_password_passwordstage")
@PrimaryKeyJoinColumn(name = "stage_ptr_id")
@DynamicUpdate
class PasswordStageEntity extends StageEntity {

	private static final int DEFAULT_FAILED_ATTEMPTS = 5;

	@Column(nullable = false, columnDefinition = "text[]")
	private String[] backends;

	@Column(name = "configure_flow_id")
	private UUID configureFlow;

	@Column(name = "failed_attempts_before_cancel", nullable = false)
	private int failedAttemptsBeforeCancel = DEFAULT_FAILED_ATTEMPTS;

	@Column(name = "allow_show_password", nullable = false)
	private boolean allowShowPassword;

	protected PasswordStageEntity() {
	}

	/**
	 * A new stage from a validated create: authentik's defaults for the fields left out;
	 * its pk is {@code id} when given (a blueprint's), a new uuid otherwise.
	 */
	static PasswordStageEntity create(PasswordStageRequest request, UUID id) {
		PasswordStageEntity stage = new PasswordStageEntity(id == null ? UUID.randomUUID() : id, request.name());
		stage.apply(request);
		return stage;
	}

	private PasswordStageEntity(UUID id, String name) {
		super(id, name);
	}

	/** Sets the fields present in a validated write; the others keep their values. */
	void apply(PasswordStageRequest request) {
		Sent sent = request.sent();
		if (sent.has("name") && !request.name().equals(name())) {
			rename(request.name());
		}
		if (sent.has("backends") && !List.of(backends == null ? new String[0] : backends).equals(request.backends())) {
			backends = request.backends().toArray(String[]::new);
		}
		if (sent.has("configure_flow")) {
			configureFlow = request.configureFlowId();
		}
		if (sent.has("failed_attempts_before_cancel")) {
			failedAttemptsBeforeCancel = request.failedAttemptsBeforeCancel().intValue();
		}
		if (sent.has("allow_show_password")) {
			allowShowPassword = request.allowShowPassword();
		}
	}

	/** The stage as the API shows it, with {@code flowSet} as its bound flows. */
	PasswordStage toStage(List<FlowSet> flowSet) {
		return PasswordStage.of(getId(), name(), flowSet, List.of(backends), configureFlow, failedAttemptsBeforeCancel,
				allowShowPassword);
	}

	/** The fields as authentik's audit records them: the model's fields by name. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage_uuid", getId());
		state.put("name", name());
		state.put("stage_ptr", getId());
		state.put("backends", List.of(backends));
		state.put("configure_flow", configureFlow);
		state.put("failed_attempts_before_cancel", failedAttemptsBeforeCancel);
		state.put("allow_show_password", allowShowPassword);
		return state;
	}

}
