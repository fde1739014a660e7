package io.passwordstage.auth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The security of the service for a web-slice test, without the database: key
 * {@link #SUPERUSER} is a superuser, {@link #READER} may only view password stages, a key
 * made by {@link #holding} holds exactly its permissions, any other key is unknown.
 */
@TestConfiguration
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@Import({ SecurityConfiguration.class, PermissionCheck.class })
public class AuthSlice {

	public static final String SUPERUSER = "slice-superuser";

	public static final String READER = "slice-reader";

	private static final String HOLDING = "slice-holding-";

	/** {@code request} with {@code key} as its bearer token; without one for null. */
	public static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return key == null ? request : request.header("Authorization", "Bearer " + key);
	}

	/** The key of a token that holds exactly {@code permissions}. */
	public static String holding(String... permissions) {
		return HOLDING + String.join(",", permissions);
	}

	/** The key of a token that holds exactly {@code permissions}. */
	public static String holding(ApiPermission... permissions) {
		return holding(Arrays.stream(permissions).map(ApiPermission::value).toArray(String[]::new));
	}

	/** JWTs are off in the slices. */
	@Bean
	JwtAuthentication jwtAuthentication() {
		return mock(JwtAuthentication.class);
	}

	@Bean
	TokenAuthentication tokenAuthentication() {
		TokenAuthentication tokens = mock(TokenAuthentication.class);
		when(tokens.authenticate(anyString())).thenAnswer(call -> {
			String key = call.getArgument(0);
			if (!key.startsWith(HOLDING)) {
				return Optional.empty();
			}
			String permissions = key.substring(HOLDING.length());
			return Optional
				.of(principal(key, false, permissions.isEmpty() ? Set.of() : Set.of(permissions.split(","))));
		});
		when(tokens.authenticate(SUPERUSER)).thenReturn(Optional.of(principal("superuser", true, Set.of())));
		when(tokens.authenticate(READER)).thenReturn(
				Optional.of(principal("reader", false, Set.of("authentik_stages_password.view_passwordstage"))));
		return tokens;
	}

	/** Every object a route names exists, its key the path's value. */
	@Bean
	ObjectKeys objectKeys() {
		ObjectKeys keys = mock(ObjectKeys.class);
		when(keys.pk(any(), anyString())).thenAnswer(call -> call.getArgument(1));
		return keys;
	}

	/** A caller holding {@code permissions} globally, and none on single objects. */
	private static ApiPrincipal principal(String name, boolean superuser, Set<String> permissions) {
		return new ApiPrincipal(0, name, name, superuser, permissions, Map.of());
	}

}
