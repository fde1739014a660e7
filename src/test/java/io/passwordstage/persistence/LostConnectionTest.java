package io.passwordstage.persistence;

import java.net.SocketException;
import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database went away mid-request (a 503), however they are
 * wrapped, and which are the service's own (a 500).
 */
class LostConnectionTest {

	@Test
	void aRollbackOnAClosedConnectionIsTheDatabaseGone() {
		JpaSystemException failure = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

		assertThat(LostConnection.causedBy(failure)).isTrue();
	}

	@Test
	void connectionAndShutdownStatesAndBrokenSockets() {
		assertThat(LostConnection.causedBy(new RuntimeException(new SQLException("x", "08006")))).isTrue();
		assertThat(LostConnection.causedBy(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(LostConnection.causedBy(new IllegalStateException(new SocketException("reset")))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(LostConnection.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(LostConnection.causedBy(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
		assertThat(LostConnection.causedBy(new RuntimeException(new SQLException("no state")))).isFalse();
	}

	@Test
	void aCauseIsNamedByItsClassesAndSqlStateNeverItsMessage() {
		RuntimeException failure = new RuntimeException("secret in a message",
				new SQLException("value 'hunter2' is bad", "57P01"));

		assertThat(LostConnection.describe(failure)).isEqualTo("RuntimeException <- SQLException(57P01)");
		assertThat(LostConnection.describe(new IllegalStateException("x"))).isEqualTo("IllegalStateException");
	}

}
