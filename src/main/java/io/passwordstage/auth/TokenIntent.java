package io.passwordstage.auth;

import io.passwordstage.web.WireEnum;

/** The intents a token can be minted with here: API tokens only. */
enum TokenIntent implements WireEnum {

	API(ApiTokenEntity.INTENT_API);

	private final String value;

	TokenIntent(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return value;
	}

}
