package io.passwordstage.blueprint;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.blueprint.ImportOptions.Conflict;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write an entry makes to its object, as the entry's state and the import's conflict
 * policy decide: create, update (not when the object holds the entry's values already) or
 * delete, through the model's service. Each write needs what the API's route for it
 * needs: creating, the model's {@code add} permission globally; changing or deleting an
 * object, {@code change} or {@code delete} globally or on that object. A write the caller
 * may not make fails its entry.
 */
record EntryWrites(JsonMapper json, ApiPrincipal principal, Caller caller, Conflict conflict,
		ImportReferences references) {

	/**
	 * What the entry at {@code index} did to its object ({@code found}: the object its
	 * identifiers name, if there is one).
	 */
	PlanItem write(int index, Blueprint.Entry entry, BlueprintModel model, Map<String, Object> identifiers,
			Optional<BlueprintModel.Found> found) {
		return entry.state() == Blueprint.State.ABSENT ? remove(index, model, identifiers, found) : found.isPresent()
				? overwrite(index, entry, model, identifiers, found.get()) : create(index, entry, model, identifiers);
	}

	private PlanItem remove(int index, BlueprintModel model, Map<String, Object> identifiers,
			Optional<BlueprintModel.Found> found) {
		if (found.isEmpty()) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.UNCHANGED, null, Map.of());
		}
		if (conflict == Conflict.SKIP) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.SKIP, found.get().pk(), Map.of());
		}
		requireOn(model, "delete", found.get().pk());
		Change<?> deleted = model.delete(found.get(), caller);
		return new PlanItem(index, model.model(), identifiers, PlanItem.DELETE, found.get().pk(), deleted.diff());
	}

	private PlanItem overwrite(int index, Blueprint.Entry entry, BlueprintModel model, Map<String, Object> identifiers,
			BlueprintModel.Found found) {
		boolean overwrites = conflict == Conflict.OVERWRITE || conflict == Conflict.REPLACE;
		if (entry.state() == Blueprint.State.MUST_CREATED && !overwrites && conflict != Conflict.SKIP) {
			throw new BlueprintInvalid("State is set to must_created and object exists already");
		}
		JsonNode body = conflict == Conflict.SKIP || (entry.state() == Blueprint.State.CREATED && !overwrites) ? null
				: json.valueToTree(references.attributes(entry, identifiers));
		if (body == null) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.SKIP, found.pk(), Map.of());
		}
		// before comparing: an answer of unchanged would tell what the object holds
		requireOn(model, "change", found.pk());
		if (SameValues.holds(json.valueToTree(model.current(found)), body)) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.UNCHANGED, found.pk(), Map.of());
		}
		Change<?> updated = model.update(found, body, caller);
		return new PlanItem(index, model.model(), identifiers, PlanItem.UPDATE, found.pk(), updated.diff());
	}

	private PlanItem create(int index, Blueprint.Entry entry, BlueprintModel model, Map<String, Object> identifiers) {
		UUID given = identifiers.containsKey("pk") ? IdentifierValues.uuid("pk", identifiers.get("pk")) : null;
		if (!principal.may(model.permission("add"))) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		Change<?> created = model.create(given, json.valueToTree(references.attributes(entry, identifiers)), caller);
		UUID pk = UUID.fromString(json.valueToTree(created.object()).get("pk").asString());
		return new PlanItem(index, model.model(), identifiers, PlanItem.CREATE, pk, created.diff());
	}

	/**
	 * The caller must hold the model's {@code action} permission on the object
	 * {@code pk}.
	 */
	void requireOn(BlueprintModel model, String action, UUID pk) {
		if (!principal.mayOn(model.permission(action), pk.toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
	}

}
