package io.passwordstage.stage;

import java.sql.Types;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write side in plain SQL, inside the caller's transaction: a stage's two rows (base
 * stage and password stage) are inserted by one statement, and an update only touches a
 * row whose values changed.
 */
@Component
class PasswordStageWrites {

	private static final String INSERT = """
			with stage as (insert into authentik_flows_stage (stage_uuid, name) values (?, ?))
			insert into authentik_stages_password_passwordstage
			(stage_ptr_id, backends, configure_flow_id, failed_attempts_before_cancel, allow_show_password)
			values (?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	PasswordStageWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any stage, of any kind, has this name. */
	boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from authentik_flows_stage where name = ?)")
			.param(name)
			.query(Boolean.class)
			.single();
	}

	/** Whether any stage, of any kind, other than {@code self} has this name. */
	boolean nameTakenByOther(String name, UUID self) {
		return jdbc.sql("select exists (select 1 from authentik_flows_stage where name = ? and stage_uuid <> ?)")
			.params(name, self)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The stage, its base row locked until the transaction ends: writes to one stage
	 * happen one after the other.
	 */
	Optional<StoredStage> lock(UUID id) {
		return jdbc.sql(PasswordStageViews.SELECT + " where s.stage_ptr_id = ? for no key update of b")
			.param(id)
			.query(PasswordStageViews::row)
			.optional();
	}

	void insert(StoredStage stage) {
		jdbc.sql(INSERT)
			.params(stage.id(), stage.name(), stage.id(), stage.backends().toArray(String[]::new),
					new SqlParameterValue(Types.OTHER, stage.configureFlow()), stage.failedAttemptsBeforeCancel(),
					stage.allowShowPassword())
			.update();
	}

	/**
	 * Writes what differs between {@code before} and {@code after}; nothing when nothing
	 * does.
	 */
	void update(StoredStage before, StoredStage after) {
		if (!before.name().equals(after.name())) {
			jdbc.sql("update authentik_flows_stage set name = ? where stage_uuid = ?")
				.params(after.name(), after.id())
				.update();
		}
		if (before.settingsDiffer(after)) {
			jdbc.sql("""
					update authentik_stages_password_passwordstage set backends = ?, configure_flow_id = ?,
					failed_attempts_before_cancel = ?, allow_show_password = ? where stage_ptr_id = ?""")
				.params(after.backends().toArray(String[]::new),
						new SqlParameterValue(Types.OTHER, after.configureFlow()), after.failedAttemptsBeforeCancel(),
						after.allowShowPassword(), after.id())
				.update();
		}
	}

	/** Deletes the stage; its password-stage row goes with it (on delete cascade). */
	void delete(UUID id) {
		jdbc.sql("delete from authentik_flows_stage where stage_uuid = ?").param(id).update();
	}

}
