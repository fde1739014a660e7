package io.passwordstage.stage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * A stage for a write: its base row locked until the transaction ends, so that writes to
 * one stage happen one after the other, then the entity read after the lock, so that it
 * holds the latest committed values. The lock is one plain statement on the transaction's
 * own connection: locking through Hibernate takes one more select per table of the joined
 * entity, and a native query mapped onto the entity costs more CPU (its result mapping is
 * resolved anew on every call) than the lock and an ordinary load together.
 * <p>
 * Its figure is a profile's: the native entity query's result mapping was a sixth of a
 * PATCH's CPU ({@code bench/profile.sh}). Side by side:
 * {@code COMPARE_MODE=interleaved BENCH_OPERATIONS=patch bench/compare.sh d308918~1 d308918}.
 */
@Component
class PasswordStageLocks {

	private static final String LOCK = """
			select 1 from authentik_flows_stage b
			join authentik_stages_password_passwordstage s on s.stage_ptr_id = b.stage_uuid
			where b.stage_uuid = ? for no key update of b""";

	private final EntityManager entityManager;

	PasswordStageLocks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The password stage with this id, locked; empty if there is none. */
	Optional<PasswordStageEntity> findForWrite(UUID id) {
		Session session = entityManager.unwrap(Session.class);
		boolean locked = session.doReturningWork(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
				statement.setObject(1, id);
				try (ResultSet rows = statement.executeQuery()) {
					return rows.next();
				}
			}
		});
		return locked ? Optional.ofNullable(session.find(PasswordStageEntity.class, id)) : Optional.empty();
	}

}
