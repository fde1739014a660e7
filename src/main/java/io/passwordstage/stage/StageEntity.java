package io.passwordstage.stage;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** authentik's base stage: every stage kind shares this table, so names are unique across kinds. */
@Entity
@Table(name = "authentik_flows_stage")
@Inheritance(strategy = InheritanceType.JOINED)
abstract class StageEntity {

	@Id
	@Column(name = "stage_uuid")
	private UUID id;

	@Column(nullable = false)
	private String name;

	protected StageEntity() {
	}

	StageEntity(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	void rename(String name) {
		this.name = name;
	}

}
