package io.passwordstage.auth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The tokens this replica has checked, by key digest, so that a request's token costs no
 * database round trip, and forgotten as soon as PostgreSQL announces a change to them:
 * every update or delete of a token row notifies {@code passwordstage_tokens} in the
 * changing transaction (a trigger, so changes made by hand count too), and a dedicated
 * connection listens.
 * <p>
 * It fails closed. What it remembers is used only under a lease the listener renews after
 * each round trip on its connection (every quarter second; a lease lasts one second):
 * when the connection is lost, or hangs, the lease runs out, everything remembered is
 * forgotten, and every request asks the database until the listener is back and listening
 * again. Expiry is checked on every use. A lookup that overlapped an announcement does
 * not store what it read (a generation count).
 */
@Component
class TokenCache implements SmartLifecycle {

	static final String CHANNEL = "passwordstage_tokens";

	private static final long POLL_MILLIS = 250;

	private static final long LEASE_NANOS = TimeUnit.SECONDS.toNanos(1);

	private static final Logger log = LoggerFactory.getLogger(TokenCache.class);

	/** A checked token: who it is, and until when it may be used. */
	record Checked(ApiPrincipal principal, Instant expires) {

		boolean usableAt(Instant now) {
			return expires == null || expires.isAfter(now);
		}

	}

	private final DataSource dataSource;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private volatile long leaseUntil = System.nanoTime();

	private volatile boolean leased;

	private volatile boolean running;

	private volatile Thread listener;

	private volatile Connection connection;

	TokenCache(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The remembered token with this digest, when the cache may be trusted. */
	Optional<Checked> get(String digest) {
		if (!trusted()) {
			return Optional.empty();
		}
		return Optional.ofNullable(checked.get(digest));
	}

	/** The generation to hand to {@link #put} after reading a token. */
	long generation() {
		return generation.get();
	}

	/**
	 * Remembers a token read from the database, unless an announcement (or a lost
	 * connection) came between {@code readAt} and now.
	 */
	void put(String digest, Checked token, long readAt) {
		if (!trusted() || generation.get() != readAt) {
			return;
		}
		checked.put(digest, token);
		if (generation.get() != readAt) {
			checked.remove(digest);
		}
	}

	/** Forgets a token at once (this replica changed it). */
	void forget(String digest) {
		generation.incrementAndGet();
		checked.remove(digest);
	}

	/**
	 * Whether the listener has confirmed, within the lease, that it hears every change.
	 */
	boolean trusted() {
		if (leased && System.nanoTime() - leaseUntil < 0) {
			return true;
		}
		if (leased) {
			// the lease ran out between two renewals: the listener hangs
			forgetAll();
		}
		return false;
	}

	int size() {
		return checked.size();
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
		forgetAll();
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
		while (running) {
			try (Connection listening = open()) {
				connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection notifications = listening.unwrap(PGConnection.class);
				// what changed while nobody listened is unknown: start empty
				forgetAll();
				backoff = 100;
				while (running) {
					forget(notifications.getNotifications((int) POLL_MILLIS));
					if (!listening.isValid(2)) {
						throw new SQLException("the listening connection is no longer valid");
					}
					// a notification committed before the round trip has arrived with it
					forget(notifications.getNotifications());
					leaseUntil = System.nanoTime() + LEASE_NANOS;
					leased = true;
				}
			}
			catch (SQLException | RuntimeException ex) {
				forgetAll();
				if (running) {
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
			forget(notification.getParameter());
		}
	}

	private void forgetAll() {
		leased = false;
		generation.incrementAndGet();
		checked.clear();
	}

	/**
	 * A connection of its own (it is held for as long as it listens), made as the pool
	 * makes its connections.
	 */
	private Connection open() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
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
