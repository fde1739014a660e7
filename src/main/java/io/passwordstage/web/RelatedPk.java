package io.passwordstage.web;

import java.util.UUID;

/**
 * A related object's primary key as a request gave it: the id, and the value as sent,
 * which DRF quotes when the object does not exist.
 */
public record RelatedPk(UUID id, String given) {

	/** DRF's text for a related pk that names no object. */
	public String doesNotExist() {
		return "Invalid pk \"" + given + "\" - object does not exist.";
	}

}
