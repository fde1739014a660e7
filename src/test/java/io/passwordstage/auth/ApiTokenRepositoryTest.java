package io.passwordstage.auth;

import java.time.Instant;
import java.util.List;

import io.passwordstage.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens on PostgreSQL: only the key's digest is stored, and lookups by identifier. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ApiTokenRepositoryTest extends PostgresTest {

	@Autowired
	private ApiTokenRepository repository;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private UserRepository users;

	@Test
	void storesTheDigestNotTheKey() {
		String key = TokenKeys.generate();
		repository.saveAndFlush(ApiTokenEntity.mint("repo-digest", key, "api", user(), "", null));
		entities.clear();

		Object stored = entities.getEntityManager()
			.createNativeQuery("select key_hash from authentik_core_token where identifier = 'repo-digest'")
			.getSingleResult();
		ApiTokenEntity token = repository.findByIdentifier("repo-digest").orElseThrow();

		assertThat(stored).isEqualTo(TokenKeys.digest(key)).isNotEqualTo(key);
		assertThat(token.hasKey(key)).isTrue();
		assertThat(token.hasKey(key + "x")).isFalse();
		assertThat(token.userId()).isEqualTo(user());
		assertThat(token.toToken(owner()).expiring()).isFalse();
	}

	@Test
	void findsByIdentifier() {
		Instant expires = Instant.parse("2030-01-01T00:00:00Z");
		repository.saveAndFlush(ApiTokenEntity.mint("repo-find", TokenKeys.generate(), "api", user(), "d", expires));
		entities.clear();

		assertThat(repository.existsByIdentifier("repo-find")).isTrue();
		assertThat(repository.existsByIdentifier("repo-missing")).isFalse();
		assertThat(repository.findByIdentifier("repo-find").orElseThrow().toToken(owner()).expires())
			.isEqualTo(expires);
	}

	private int user() {
		UserEntity user = users.findByUsername("repo-owner")
			.orElseGet(() -> users
				.saveAndFlush(UserEntity.of("repo-owner", "", "service_account", "users", false, java.util.Map.of())));
		return user.id();
	}

	private User owner() {
		return users.findByUsername("repo-owner").orElseThrow().toUser(List.of());
	}

}
