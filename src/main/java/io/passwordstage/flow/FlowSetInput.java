package io.passwordstage.flow;

import java.util.List;
import java.util.Map;

/**
 * A {@code flow_set} value past DRF's first step: per item, its typed values and coercion
 * errors, or the error of an item that is not an object at all.
 */
public record FlowSetInput(List<Item> items) {

	/** The items' values: once every item is valid, the flows to write. */
	public List<FlowSetRequest> requests() {
		return items.stream().map(Item::values).toList();
	}

	/** One item: {@code values} and {@code errors}, or only {@code notAnObject}. */
	public record Item(FlowSetRequest values, Map<String, Object> errors, Object notAnObject) {
	}

}
