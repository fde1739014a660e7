package io.passwordstage.auth;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The security of the service for a web-slice test, without the database: key
 * {@link #SUPERUSER} is a superuser, {@link #READER} may only view password stages, any
 * other key is unknown.
 */
@TestConfiguration
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@Import({ SecurityConfiguration.class, PermissionCheck.class })
public class AuthSlice {

	public static final String SUPERUSER = "slice-superuser";

	public static final String READER = "slice-reader";

	@Bean
	TokenAuthentication tokenAuthentication() {
		TokenAuthentication tokens = mock(TokenAuthentication.class);
		when(tokens.authenticate(anyString())).thenReturn(Optional.empty());
		when(tokens.authenticate(SUPERUSER)).thenReturn(Optional.of(new ApiPrincipal("superuser", true, Set.of())));
		when(tokens.authenticate(READER)).thenReturn(
				Optional.of(new ApiPrincipal("reader", false, Set.of("authentik_stages_password.view_passwordstage"))));
		return tokens;
	}

}
