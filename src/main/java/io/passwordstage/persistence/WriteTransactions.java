package io.passwordstage.persistence;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Boot's JPA transaction manager, told what a lost connection means.
 * <ul>
 * <li>A commit first sends the transaction's pending statements, then asks to commit. A
 * connection lost while sending them lost a write that was never committed (the usual
 * 503); one lost while committing leaves the outcome unknown
 * ({@link CommitOutcomeUnknownException}), so the client is told to read before it
 * retries.</li>
 * <li>A rollback on a lost connection has nothing to undo: PostgreSQL ended the
 * transaction with its session. It is one WARN line, and the failure that made the
 * transaction roll back is what the request answers, instead of Spring's ERROR
 * "Application exception overridden by rollback exception" with a stack.</li>
 * </ul>
 */
class WriteTransactions extends JpaTransactionManager {

	private static final Logger log = LoggerFactory.getLogger(WriteTransactions.class);

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		if (!status.isReadOnly() && TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory()) instanceof EntityManagerHolder holder) {
			EntityManager entityManager = holder.getEntityManager();
			try {
				entityManager.flush();
			}
			catch (RuntimeException ex) {
				throw DataAccessUtils.translateIfNecessary(ex, getJpaDialect());
			}
		}
		try {
			super.doCommit(status);
		}
		catch (RuntimeException ex) {
			if (LostConnection.causedBy(ex)) {
				throw new CommitOutcomeUnknownException(ex);
			}
			throw ex;
		}
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		try {
			super.doRollback(status);
		}
		catch (RuntimeException ex) {
			if (!LostConnection.causedBy(ex)) {
				throw ex;
			}
			log.warn("rollback on a lost database connection; the database ended the transaction itself ({})",
					LostConnection.describe(ex));
		}
	}

}
