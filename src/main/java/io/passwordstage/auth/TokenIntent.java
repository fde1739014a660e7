package io.passwordstage.auth;

import io.passwordstage.web.WireEnum;

/**
 * The intents a token can be given through the API, as in authentik: API tokens, and app
 * passwords (what a service account is created with; the API refuses them).
 */
enum TokenIntent implements WireEnum {

	API(ApiTokenEntity.INTENT_API), APP_PASSWORD(ApiTokenEntity.INTENT_APP_PASSWORD);

	private final String value;

	TokenIntent(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return value;
	}

}
