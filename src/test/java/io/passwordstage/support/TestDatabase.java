package io.passwordstage.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test runs on: a Testcontainers server where a Docker engine exists,
 * otherwise a fresh database on the local server (created for this test run, dropped at its end).
 */
public final class TestDatabase {

	private static final String LOCAL_SERVER = System.getenv().getOrDefault("TEST_POSTGRES_URL",
			"jdbc:postgresql://localhost:5432/");

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
		Connection connection = DriverManager.getConnection(url(), user(), password());
		try (Statement statement = connection.createStatement()) {
			statement.execute("set search_path to passwordstage");
		}
		return connection;
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
		return System.getenv("DOCKER_HOST") != null || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
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
		String name = "pstest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		url = LOCAL_SERVER + name;
		user = LOCAL_USER;
		password = LOCAL_PASSWORD;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", LOCAL_USER, LOCAL_PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the test database on " + LOCAL_SERVER
					+ " (is PostgreSQL running? set TEST_POSTGRES_URL to use another server)", ex);
		}
	}

}
