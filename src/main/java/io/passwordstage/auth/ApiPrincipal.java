package io.passwordstage.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.web.UsedBy;

/**
 * Who a request acts as: the user its token belongs to, and what that user may do,
 * directly or through its roles: globally ({@code global}) or on single objects
 * ({@code objects}: permission → the primary keys of the objects it is held on).
 */
public record ApiPrincipal(int userId, String username, String tokenIdentifier, boolean superuser, Set<String> global,
		Map<String, Set<String>> objects) {

	/** Whether the caller holds {@code permission} on every object of its model. */
	public boolean may(String permission) {
		return superuser || global.contains(permission);
	}

	/**
	 * Whether the caller holds {@code permission} on the object with this primary key.
	 */
	public boolean mayOn(String permission, String pk) {
		return may(permission) || pk != null && objects.getOrDefault(permission, Set.of()).contains(pk);
	}

	/** Whether the caller holds {@code permission} globally or on at least one object. */
	public boolean mayOnAny(String permission) {
		return may(permission) || objects.containsKey(permission);
	}

	/**
	 * The objects the caller holds any of {@code permissions} on: {@code null} for all of
	 * them (authentik's object filter: a global permission wins).
	 */
	public Set<String> only(String... permissions) {
		Set<String> keys = new HashSet<>();
		for (String permission : permissions) {
			if (may(permission)) {
				return null;
			}
			keys.addAll(objects.getOrDefault(permission, Set.of()));
		}
		return keys;
	}

	/**
	 * The entries of a {@code used_by} list the caller may view: authentik lists only
	 * those ({@code get_objects_for_user} with each entry's {@code view_} permission).
	 */
	public List<UsedBy> mayView(List<UsedBy> entries) {
		return entries.stream().filter(entry -> mayOn(entry.app() + ".view_" + entry.modelName(), entry.pk())).toList();
	}

}
