package io.passwordstage.flow;

import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a user must be to run a flow. The service runs no flows: the choice is stored and
 * returned, and has no further effect here.
 */
@Schema(name = "AuthenticationEnum", enumAsRef = true)
enum FlowAuthentication implements WireEnum {

	NONE("none"), REQUIRE_AUTHENTICATED("require_authenticated"), REQUIRE_UNAUTHENTICATED("require_unauthenticated"),
	REQUIRE_SUPERUSER("require_superuser"), REQUIRE_REDIRECT("require_redirect"), REQUIRE_OUTPOST("require_outpost"),
	REQUIRE_TOKEN("require_token", Difference.REQUIRE_TOKEN_AUTHENTICATION);

	private final String value;

	private final Difference offeredWith;

	FlowAuthentication(String value) {
		this(value, null);
	}

	FlowAuthentication(String value, Difference offeredWith) {
		this.value = value;
		this.offeredWith = offeredWith;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

	@Override
	public Difference offeredWith() {
		return offeredWith;
	}

}
