package io.passwordstage.persistence;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.springframework.stereotype.Repository;

/**
 * Inserts of rows that are written once and never read back in their transaction (a new
 * stage answered from its request, an audit event): through a stateless session on the
 * transaction's own connection, so they cost no persistence context (no snapshot, no
 * cascade, nothing to check at flush). A refused insert reaches the caller as Spring's
 * data-access exception, as a repository's does.
 */
@Repository
public class NewRows {

	private final EntityManager entityManager;

	NewRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Runs {@code inserts} in the transaction under way. */
	public void insert(Consumer<StatelessSession> inserts) {
		try (StatelessSession session = entityManager.unwrap(Session.class)
			.statelessWithOptions()
			.connection()
			.open()) {
			inserts.accept(session);
		}
	}

}
