package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;

/**
 * A {@code flow_set} value read item by item: each item's request and its errors, aligned
 * with the input ({@code {}} for a valid item), as authentik's FlowSetSerializer reports
 * them.
 */
public final class FlowSetItems {

	private final List<FlowSetRequest> requests = new ArrayList<>();

	private final List<Object> errors = new ArrayList<>();

	/**
	 * Per item: its errors while they may still grow, and whether its slug would be new.
	 */
	private final List<FieldErrors> open = new ArrayList<>();

	private final List<Boolean> newSlug = new ArrayList<>();

	/** Items that passed every rule but the database's, each creating a flow. */
	public static FlowSetItems newFlows(List<FlowSetRequest> requests) {
		FlowSetItems items = new FlowSetItems();
		for (FlowSetRequest request : requests) {
			items.add(request, FieldErrors.empty(FlowSetRequest.class), true);
		}
		return items;
	}

	void add(FlowSetRequest request, FieldErrors itemErrors, boolean wouldCreate) {
		requests.add(request);
		errors.add(null);
		open.add(itemErrors);
		newSlug.add(wouldCreate);
	}

	void addInvalid(Object itemErrors) {
		requests.add(null);
		errors.add(itemErrors);
		open.add(null);
		newSlug.add(false);
	}

	/**
	 * The rule only the database answers: an item that would create a flow whose slug
	 * another flow has already.
	 */
	public void checkTaken(Predicate<String> taken) {
		for (int i = 0; i < requests.size(); i++) {
			FieldErrors itemErrors = open.get(i);
			if (newSlug.get(i) && !itemErrors.has("slug") && taken.test(requests.get(i).slug())) {
				itemErrors.addFirst("slug", ErrorTexts.FLOW_SLUG_TAKEN);
			}
		}
	}

	public boolean failed() {
		for (int i = 0; i < requests.size(); i++) {
			if (open.get(i) == null || !open.get(i).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** The items, all valid. */
	public List<FlowSetRequest> requests() {
		return List.copyOf(requests);
	}

	/** The items' errors, aligned with the input. */
	public List<Object> errorBody() {
		List<Object> body = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			body.add(open.get(i) == null ? errors.get(i) : open.get(i).body());
		}
		return body;
	}

}
