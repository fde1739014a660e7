package io.passwordstage.flow;

import java.util.List;
import java.util.Map;

/**
 * A {@code flow_set} value past DRF's first step: per item, its typed values and coercion
 * errors, or the error of an item that is not an object at all.
 */
public record FlowSetInput(List<Item> items) {

	/** One item: {@code values} and {@code errors}, or only {@code notAnObject}. */
	public record Item(FlowSetRequest values, Map<String, Object> errors, Object notAnObject) {
	}

}
