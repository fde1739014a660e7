package io.passwordstage.persistence;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;

import org.hibernate.TransactionException;

/**
 * Whether a failure means the database went away mid-request (PostgreSQL shutting down,
 * restarting or failing over, the connection broken), however Spring or Hibernate wrapped
 * it, and how to name its cause in a log line without its message (which may quote a
 * request's data).
 */
public final class LostConnection {

	private LostConnection() {
	}

	public static boolean causedBy(Throwable failure) {
		// a bounded walk: a cause chain can loop
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// Hibernate could not begin, commit or roll back on the JDBC connection:
			// it is gone (the pool's proxy says "Connection is closed")
			if (cause instanceof SocketException || cause instanceof EOFException
					|| cause instanceof TransactionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The failure's class and its innermost cause's, with the SQLState where there is
	 * one: {@code JpaSystemException <- PSQLException(57P01)}.
	 */
	public static String describe(Throwable failure) {
		Throwable root = failure;
		for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
			root = root.getCause();
		}
		String name = failure.getClass().getSimpleName();
		if (root != failure) {
			name += " <- " + root.getClass().getSimpleName();
		}
		return root instanceof SQLException sql && sql.getSQLState() != null ? name + "(" + sql.getSQLState() + ")"
				: name;
	}

}
