package io.passwordstage.auth;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.PageWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens as the caller may see them (authentik's owner rule: every token with
 * {@code view_token}, otherwise its own) and as the API shows them, with their users.
 */
@Component
class TokenViews {

	private final ApiTokenRepository repository;

	private final UserRepository users;

	private final UserViews reader;

	private final JdbcClient jdbc;

	TokenViews(ApiTokenRepository repository, UserRepository users, UserViews reader, JdbcClient jdbc) {
		this.repository = repository;
		this.users = users;
		this.reader = reader;
		this.jdbc = jdbc;
	}

	/** One page of the tokens the caller may see, with the list's filters. */
	@Transactional(readOnly = true)
	TokenList list(Map<String, String> params, ApiPrincipal caller) {
		TokenQuery query = TokenQuery.of(params, caller.may(ApiPermission.VIEW_TOKEN.value()) ? null : caller.userId());
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), query.count(jdbc));
		List<UUID> ids = query.page(jdbc, window);
		Map<UUID, ApiTokenEntity> byId = repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ApiTokenEntity::getId, Function.identity()));
		return new TokenList(window.pagination(), show(ids.stream().map(byId::get).toList()), Map.of());
	}

	@Transactional(readOnly = true)
	Token get(String identifier, ApiPrincipal caller) {
		return show(visible(identifier, caller));
	}

	/** The token, if the caller may see it (404 otherwise, as if it did not exist). */
	ApiTokenEntity visible(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = repository.findByIdentifier(identifier)
			.orElseThrow(() -> ApiException.notFound(ErrorTexts.NO_TOKEN));
		if (!caller.may(ApiPermission.VIEW_TOKEN.value()) && token.userId() != caller.userId()) {
			throw ApiException.notFound(ErrorTexts.NO_TOKEN);
		}
		return token;
	}

	/**
	 * The token, if the caller may change it: its owner, or with the permission on it.
	 */
	ApiTokenEntity writable(String identifier, ApiPrincipal caller, ApiPermission permission) {
		ApiTokenEntity token = visible(identifier, caller);
		if (token.userId() != caller.userId() && !caller.mayOn(permission.value(), token.getId().toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return token;
	}

	Token show(ApiTokenEntity token) {
		return show(List.of(token)).get(0);
	}

	private List<Token> show(List<ApiTokenEntity> tokens) {
		Map<Integer, User> owners = reader.show(users.findAllById(tokens.stream().map(ApiTokenEntity::userId).toList()))
			.stream()
			.collect(Collectors.toMap(User::pk, Function.identity()));
		return tokens.stream().map(token -> token.toToken(owners.get(token.userId()))).toList();
	}

}
