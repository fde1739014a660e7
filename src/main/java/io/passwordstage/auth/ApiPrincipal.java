package io.passwordstage.auth;

import java.util.Set;

/** Who a request acts as: the token's identifier and what it may do. */
public record ApiPrincipal(String tokenIdentifier, boolean superuser, Set<String> permissions) {

	public boolean may(String permission) {
		return superuser || permissions.contains(permission);
	}

}
