package io.passwordstage.auth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on a connection of its own, for PostgreSQL's announcements of token changes
 * and has the {@link TokenCache} forget each announced token. After each round trip on
 * its connection (every quarter second) it renews the cache's lease; when the connection
 * is lost the cache forgets everything, and the listener reconnects with a growing pause.
 */
@Component
class TokenChangeListener implements SmartLifecycle {

	static final String CHANNEL = "passwordstage_tokens";

	/** The announcement that who holds what changed: every token is forgotten. */
	static final String EVERY_TOKEN = "*";

	private static final long POLL_MILLIS = 250;

	private static final Logger log = LoggerFactory.getLogger(TokenChangeListener.class);

	private final DataSource dataSource;

	private final TokenCache cache;

	private volatile boolean running;

	private volatile Thread listener;

	private volatile Connection connection;

	TokenChangeListener(DataSource dataSource, TokenCache cache) {
		this.dataSource = dataSource;
		this.cache = cache;
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::listen, "token-listener");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		cache.forgetAll();
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
		}
		closeQuietly(connection);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		long backoff = 100;
		boolean lost = false;
		while (running) {
			try (Connection listening = open()) {
				connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection notifications = listening.unwrap(PGConnection.class);
				// what changed while nobody listened is unknown: start empty
				cache.forgetAll();
				if (lost) {
					lost = false;
					log.info("Token change listener is listening again");
				}
				backoff = 100;
				while (running) {
					forget(notifications.getNotifications((int) POLL_MILLIS));
					if (!listening.isValid(2)) {
						throw new SQLException("the listening connection is no longer valid");
					}
					// a notification committed before the round trip has arrived with it
					forget(notifications.getNotifications());
					cache.renewLease();
				}
			}
			catch (SQLException | RuntimeException ex) {
				cache.forgetAll();
				if (running) {
					lost = true;
					log.warn("Token change listener lost its connection ({}); every token is checked in the database"
							+ " until it is back", ex.getMessage());
					sleep(backoff);
					backoff = Math.min(backoff * 2, 2_000);
				}
			}
		}
	}

	private void forget(PGNotification[] notifications) {
		if (notifications == null) {
			return;
		}
		for (PGNotification notification : notifications) {
			if (EVERY_TOKEN.equals(notification.getParameter())) {
				cache.forgetEveryToken();
			}
			else {
				cache.forget(notification.getParameter());
			}
		}
	}

	/**
	 * A connection of its own (it is held for as long as it listens), made as the pool
	 * makes its connections: the same URL (every host of a multi-host one) and driver
	 * settings, so the same connect and socket timeouts notice a host that went silent.
	 */
	private Connection open() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari) {
			Properties settings = new Properties();
			settings.putAll(hikari.getDataSourceProperties());
			if (hikari.getUsername() != null) {
				settings.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				settings.setProperty("password", hikari.getPassword());
			}
			// the pool waits this long for a connection; so does the listener for its own
			settings.putIfAbsent("loginTimeout", String.valueOf(Math.max(1, hikari.getConnectionTimeout() / 1000)));
			return DriverManager.getConnection(hikari.getJdbcUrl(), settings);
		}
		return dataSource.getConnection();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing a broken connection
			}
		}
	}

}
