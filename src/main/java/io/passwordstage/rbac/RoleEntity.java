package io.passwordstage.rbac;

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

	UserRole toRole() {
		return new UserRole(uuid, name);
	}

}
