package io.passwordstage.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema line setting: the two lines by name, anything else refused with a clear
 * message.
 */
class ApiSchemaTest {

	private static AuthentikProperties bind(String schema) {
		var source = new MapConfigurationPropertySource(java.util.Map.of("authentik.api-schema", schema));
		return new Binder(source).bindOrCreate("authentik", AuthentikProperties.class);
	}

	@Test
	void namesTheLines() {
		assertThat(bind("2025.8").schema()).isEqualTo(ApiSchema.V2025_8);
		assertThat(bind("2026.2").schema()).isEqualTo(ApiSchema.V2026_2);
		assertThat(bind("2026.8").schema()).isEqualTo(ApiSchema.V2026_8);
		assertThat(new Binder(new MapConfigurationPropertySource()).bindOrCreate("authentik", AuthentikProperties.class)
			.schema()).isEqualTo(ApiSchema.V2025_8);
	}

	@Test
	void refusesAnyOtherValueWithAClearMessage() {
		assertThatThrownBy(() -> bind("2026.3")).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessage("AUTHENTIK_API_SCHEMA must be one of 2025.8, 2026.2, 2026.8, not '2026.3'");
	}

}
