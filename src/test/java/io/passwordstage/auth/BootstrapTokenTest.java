package io.passwordstage.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code authentik.bootstrap.token} becomes a stored, hashed, non-expiring superuser API
 * token.
 */
class BootstrapTokenTest extends ApiTest {

	private static final String ROW = "select count(*) from authentik_core_token where identifier = 'authentik-bootstrap-token'";

	@Test
	void storesOneRowUnderAuthentiksIdentifier() {
		assertThat(count(ROW)).isOne();
		assertThat(count(ROW + " and intent = 'api' and not expiring and expires is null and user_id = (select id"
				+ " from authentik_core_user where username = 'akadmin' and is_superuser)"))
			.isOne();
	}

	@Test
	void storesTheSha256OfTheKeyAndNeverTheKey() throws NoSuchAlgorithmException {
		String digest = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(BOOTSTRAP_KEY.getBytes(StandardCharsets.UTF_8)));

		assertThat(count(ROW + " and key_hash = '" + BOOTSTRAP_KEY + "'")).isZero();
		assertThat(count(ROW + " and key_hash = '" + digest + "'")).isOne();
		assertThat(count("select count(*) from authentik_core_token t where t::text like '%" + BOOTSTRAP_KEY + "%'"))
			.isZero();
	}

	@Test
	void keyAuthenticatesAsSuperuser() {
		Response response = send("POST", STAGES, StageBody.stage("boot-created").json(), "application/json",
				BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(201);
		assertThat(count("select count(*) from authentik_flows_stage where name = 'boot-created'")).isOne();
	}

	@Test
	void digestAlonePresentedAsKeyIsRefused() throws NoSuchAlgorithmException {
		String digest = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(BOOTSTRAP_KEY.getBytes(StandardCharsets.UTF_8)));

		Response response = send("POST", STAGES, StageBody.stage("boot-digest").json(), "application/json", digest);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Token invalid/expired\"}");
	}

}
