package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import io.passwordstage.web.Body;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /core/users/service_account/} as authentik does it: a service account named
 * {@code name} and its app password (expiring in 360 days unless told otherwise), in one
 * transaction.
 */
@Service
class ServiceAccounts {

	private final UserRepository repository;

	private final Users users;

	private final ApiTokens tokens;

	private final Validator validator;

	ServiceAccounts(UserRepository repository, Users users, ApiTokens tokens, Validator validator) {
		this.repository = repository;
		this.users = users;
		this.tokens = tokens;
		this.validator = validator;
	}

	@Transactional
	ServiceAccount.Response create(Body<ServiceAccount.Request> body) {
		ServiceAccount.Request request = body.read();
		FieldErrors.of(request, request.sent().errors(), validator).throwIfAny();
		if (repository.existsByUsername(request.name())) {
			throw ValidationFailedException.of("name", Users.USERNAME_TAKEN);
		}
		UserEntity user = users.save(
				UserEntity.of(request.name(), request.name(), UserEntity.SERVICE_ACCOUNT,
						UserEntity.SERVICE_ACCOUNT_PATH, false,
						Map.of("goauthentik.io/user/token-expires", !Boolean.FALSE.equals(request.expiring()))),
				"name");
		Instant expires = Boolean.FALSE.equals(request.expiring()) ? null
				: request.expires() != null ? request.expires() : Instant.now().plus(360, ChronoUnit.DAYS);
		String identifier = "service-account-" + slug(request.name()) + "-password";
		String key = tokens.issue(identifier, ApiTokenEntity.INTENT_APP_PASSWORD, user.id(), "", expires);
		return new ServiceAccount.Response(user.username(), key, User.uid(user.uuid()), user.id(), null);
	}

	/** Django's {@code slugify}: lower case, letters, digits, {@code -} and {@code _}. */
	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\w\\s-]", "").strip().replaceAll("[-\\s]+", "-");
	}

}
