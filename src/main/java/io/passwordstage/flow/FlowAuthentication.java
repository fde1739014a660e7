package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a user must be to run a flow. */
@Schema(name = "AuthenticationEnum", enumAsRef = true)
enum FlowAuthentication implements WireEnum {

	NONE("none"), REQUIRE_AUTHENTICATED("require_authenticated"), REQUIRE_UNAUTHENTICATED("require_unauthenticated"),
	REQUIRE_SUPERUSER("require_superuser"), REQUIRE_REDIRECT("require_redirect"), REQUIRE_OUTPOST("require_outpost");

	private final String value;

	FlowAuthentication(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}
