package io.passwordstage.stage;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/** The password backends a stage can test a password against. */
@Schema(name = "BackendsEnum", enumAsRef = true)
public enum Backend implements WireEnum {

	INBUILT("authentik.core.auth.InbuiltBackend"), TOKEN("authentik.core.auth.TokenBackend"),
	LDAP("authentik.sources.ldap.auth.LDAPBackend"), KERBEROS("authentik.sources.kerberos.auth.KerberosBackend");

	private final String value;

	Backend(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}
