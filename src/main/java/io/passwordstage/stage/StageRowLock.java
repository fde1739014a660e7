package io.passwordstage.stage;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a stage's base row until the transaction ends, so that writes to one stage happen
 * one after the other. One plain statement on the transaction's connection: Hibernate
 * locks a joined entity with one more select per table, and a native entity query costs
 * more to map than the entity loader that reads the stage after this.
 */
@Component
class StageRowLock {

	private final JdbcClient jdbc;

	StageRowLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the stage exists; if it does, its row is locked. */
	boolean lock(UUID id) {
		return !jdbc.sql("select 1 from authentik_flows_stage where stage_uuid = ? for no key update")
			.param(id)
			.query()
			.listOfRows()
			.isEmpty();
	}

}
