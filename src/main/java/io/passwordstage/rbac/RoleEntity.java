package io.passwordstage.rbac;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.UserRole;
import io.passwordstage.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role: what users are members of and permissions are assigned to. */
@Entity
@Table(name = "authentik_rbac_role")
class RoleEntity extends AssignedIdEntity {

	@Id
	private UUID uuid;

	@Column(nullable = false)
	private String name;

	protected RoleEntity() {
	}

	static RoleEntity named(String name) {
		RoleEntity role = new RoleEntity();
		role.uuid = UUID.randomUUID();
		role.name = name;
		return role;
	}

	@Override
	public UUID getId() {
		return uuid;
	}

	void rename(String name) {
		this.name = name;
	}

	/** The role's fields, as an audit event's diff shows them. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("uuid", uuid);
		state.put("name", name);
		return state;
	}

	/** authentik's {@code str()} of a role. */
	String displayName() {
		return "Role " + name;
	}

	UserRole toRole() {
		return new UserRole(uuid, name);
	}

}
