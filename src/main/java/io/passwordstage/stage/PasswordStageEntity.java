package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A password stage: a child row of {@link StageEntity}, keyed by the stage's uuid. */
@Entity
@Table(name = "authentik_stages_password_passwordstage")
@PrimaryKeyJoinColumn(name = "stage_ptr_id")
class PasswordStageEntity extends StageEntity {

	static final int DEFAULT_FAILED_ATTEMPTS = 5;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private String[] backends;

	@Column(name = "configure_flow_id")
	private UUID configureFlowId;

	@Column(name = "failed_attempts_before_cancel", nullable = false)
	private int failedAttemptsBeforeCancel = DEFAULT_FAILED_ATTEMPTS;

	@Column(name = "allow_show_password", nullable = false)
	private boolean allowShowPassword;

	protected PasswordStageEntity() {
	}

	PasswordStageEntity(String name, List<String> backends) {
		super(name);
		this.backends = backends.toArray(String[]::new);
	}

	/** Applies the fields present in a validated write. */
	void apply(PasswordStageChanges changes) {
		if (changes.has("name")) {
			rename(changes.name());
		}
		if (changes.has("backends")) {
			this.backends = changes.backends().toArray(String[]::new);
		}
		if (changes.has("configure_flow")) {
			this.configureFlowId = changes.configureFlow();
		}
		if (changes.has("failed_attempts_before_cancel")) {
			this.failedAttemptsBeforeCancel = changes.failedAttemptsBeforeCancel();
		}
		if (changes.has("allow_show_password")) {
			this.allowShowPassword = changes.allowShowPassword();
		}
	}

	List<String> backends() {
		return List.of(backends);
	}

	UUID configureFlowId() {
		return configureFlowId;
	}

	int failedAttemptsBeforeCancel() {
		return failedAttemptsBeforeCancel;
	}

	boolean allowShowPassword() {
		return allowShowPassword;
	}

}
