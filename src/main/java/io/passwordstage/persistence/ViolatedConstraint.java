package io.passwordstage.persistence;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The name of the constraint a refused write violated, as PostgreSQL reports it in its
 * error's own field (never read out of the message text).
 */
public final class ViolatedConstraint {

	private ViolatedConstraint() {
	}

	/** The constraint's name, or {@code null} when the failure names none. */
	public static String of(Throwable failure) {
		// a bounded walk: a cause chain can loop; a batch's failure is its next exception
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 32; depth++) {
			if (cause instanceof PSQLException psql) {
				ServerErrorMessage error = psql.getServerErrorMessage();
				if (error != null && error.getConstraint() != null) {
					return error.getConstraint();
				}
			}
			Throwable next = cause instanceof SQLException sql && sql.getNextException() != null
					? sql.getNextException() : cause.getCause();
			cause = next == cause ? null : next;
		}
		return null;
	}

}
