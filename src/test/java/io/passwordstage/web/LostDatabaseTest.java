package io.passwordstage.web;

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
class LostDatabaseTest {

	@Test
	void aRollbackOnAClosedConnectionIsTheDatabaseGone() {
		JpaSystemException failure = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

		assertThat(ApiErrorHandler.lostDatabase(failure)).isTrue();
	}

	@Test
	void connectionAndShutdownStatesAndBrokenSockets() {
		assertThat(ApiErrorHandler.lostDatabase(new RuntimeException(new SQLException("x", "08006")))).isTrue();
		assertThat(ApiErrorHandler.lostDatabase(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(ApiErrorHandler.lostDatabase(new IllegalStateException(new SocketException("reset")))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(ApiErrorHandler.lostDatabase(new IllegalStateException("bug"))).isFalse();
		assertThat(ApiErrorHandler.lostDatabase(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
		assertThat(ApiErrorHandler.lostDatabase(new RuntimeException(new SQLException("no state")))).isFalse();
	}

}
