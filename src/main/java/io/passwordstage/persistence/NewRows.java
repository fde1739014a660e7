package io.passwordstage.persistence;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.stereotype.Repository;

/**
 * Inserts of rows that are written once and never read back in their transaction (a new
 * stage and the flows of its flow set, answered from the request): through a stateless
 * session on the transaction's own connection, so they cost no persistence context (no
 * snapshot, no cascade, nothing to check at flush). A refused insert reaches the caller
 * as Spring's data-access exception, as a repository's does.
 * <p>
 * It pays: against the same build with {@code persist} and {@code flush}, create 1.14×
 * and create with a flow 1.08× (interleaved pairs, image configuration):
 * {@code COMPARE_MODE=interleaved bench/compare.sh afdfe25~1 afdfe25}.
 */
@Repository
public class NewRows {

	private final EntityManager entityManager;

	NewRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Runs {@code inserts} in the transaction under way, after the transaction's session
	 * has sent what it holds (rows the new ones may refer to), and sends them before it
	 * returns: what follows in the transaction, queries included, sees them.
	 */
	public void insert(Consumer<StatelessSession> inserts) {
		Session transactional = entityManager.unwrap(Session.class);
		transactional.flush();
		try (StatelessSession session = transactional.statelessWithOptions().connection().open()) {
			inserts.accept(session);
			// the session batches its inserts (hibernate.jdbc.batch_size) and would send
			// the last batch only when the transaction completes
			((SharedSessionContractImplementor) session).getJdbcCoordinator().executeBatch();
		}
	}

}
