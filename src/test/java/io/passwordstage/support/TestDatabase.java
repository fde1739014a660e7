package io.passwordstage.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test runs on: a Testcontainers server where a Docker engine
 * exists, otherwise a fresh database on the local server (created for this test run,
 * dropped at its end).
 */
public final class TestDatabase {

	private static final String LOCAL_SERVER = System.getenv()
		.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/");

	private static final String LOCAL_USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");

	private static final String LOCAL_PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

	private static String url;

	private static String user;

	private static String password;

	private TestDatabase() {
	}

	public static synchronized String url() {
		start();
		return url;
	}

	public static synchronized String user() {
		start();
		return user;
	}

	public static synchronized String password() {
		start();
		return password;
	}

	public static Connection connect() throws SQLException {
		return connect(url());
	}

	/**
	 * A connection to {@code databaseUrl} (on the test server) with the service's schema
	 * on the search path.
	 */
	public static Connection connect(String databaseUrl) throws SQLException {
		Connection connection = DriverManager.getConnection(databaseUrl, user(), password());
		try (Statement statement = connection.createStatement()) {
			statement.execute("set search_path to passwordstage");
		}
		return connection;
	}

	/**
	 * A single number from SQL on the test database, e.g. a count; {@code ?} are bound to
	 * {@code parameters}.
	 */
	public static long count(String sql, Object... parameters) {
		return ((Number) single(sql, parameters)).longValue();
	}

	/** A single value from SQL on the test database, as text (null for SQL null). */
	public static String text(String sql, Object... parameters) {
		return Objects.toString(single(sql, parameters), null);
	}

	/** Runs a statement on the test database. */
	public static void execute(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
			statement.execute();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** The first column of every row {@code sql} returns on the test database. */
	public static List<Object> column(String sql, Object... parameters) {
		try {
			return column(url(), sql, parameters);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** The first column of every row {@code sql} returns on {@code databaseUrl}. */
	public static List<Object> column(String databaseUrl, String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect(databaseUrl);
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			List<Object> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getObject(1));
			}
			return values;
		}
	}

	private static Object single(String sql, Object... parameters) {
		List<Object> values = column(sql, parameters);
		if (values.size() != 1) {
			throw new IllegalStateException(values.size() + " rows instead of one from " + sql);
		}
		return values.get(0);
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	/**
	 * Another new, empty database on the test server, for a test that must see a first
	 * start (such as several instances migrating together); dropped when the JVM exits.
	 */
	public static synchronized String createFreshDatabase() {
		start();
		String name = randomName();
		String maintenance = onServer("postgres");
		execute(maintenance, user, password, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(maintenance, user, password, "drop database if exists " + name + " with (force)")));
		return onServer(name);
	}

	/**
	 * The URL of {@code database} on the server of {@link #url()}, keeping its
	 * parameters.
	 */
	private static String onServer(String database) {
		return url.replaceFirst("^(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + database);
	}

	private static String randomName() {
		return "pstest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
	}

	private static void start() {
		if (url != null) {
			return;
		}
		if (!"local".equals(System.getenv("TEST_DATABASE")) && dockerConfigured()
				&& DockerClientFactory.instance().isDockerAvailable()) {
			startContainer();
		}
		else {
			createLocalDatabase();
		}
	}

	private static boolean dockerConfigured() {
		return System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
	}

	@SuppressWarnings("resource")
	private static void startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
		container.start();
		url = container.getJdbcUrl();
		user = container.getUsername();
		password = container.getPassword();
	}

	private static void createLocalDatabase() {
		String name = randomName();
		execute(LOCAL_SERVER + "postgres", LOCAL_USER, LOCAL_PASSWORD, "create database " + name);
		url = LOCAL_SERVER + name;
		user = LOCAL_USER;
		password = LOCAL_PASSWORD;
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(LOCAL_SERVER + "postgres", LOCAL_USER, LOCAL_PASSWORD,
					"drop database if exists " + name + " with (force)")));
	}

	private static void execute(String serverUrl, String serverUser, String serverPassword, String sql) {
		try (Connection connection = DriverManager.getConnection(serverUrl, serverUser, serverPassword);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the test database on " + serverUrl
					+ " (is PostgreSQL running? set TEST_POSTGRES_URL to use another server)", ex);
		}
	}

}
