package io.passwordstage.persistence;

import org.springframework.transaction.TransactionSystemException;

/**
 * The connection was lost while PostgreSQL was committing: the write may or may not have
 * been stored, unlike a write whose connection was lost before it asked to commit (which
 * was not).
 */
public class CommitOutcomeUnknownException extends TransactionSystemException {

	CommitOutcomeUnknownException(Throwable cause) {
		super("The connection was lost during COMMIT", cause);
	}

}
