package io.passwordstage.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import io.passwordstage.config.ApiSchema;

/** An enum whose constants travel on the wire as authentik's lower-case values. */
public interface WireEnum {

	String value();

	/**
	 * The difference of the schema lines that offer this value; {@code null} (the
	 * default): every line does.
	 */
	default ApiSchema.Difference offeredWith() {
		return null;
	}

	/** The wire values of an enum, in declaration order. */
	static Set<String> values(Class<? extends WireEnum> type) {
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(type.getEnumConstants()).forEach(constant -> values.add(constant.value()));
		return values;
	}

	/**
	 * The wire values of an enum that {@code schema}'s line offers, in declaration order.
	 */
	static Set<String> values(Class<? extends WireEnum> type, ApiSchema schema) {
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(type.getEnumConstants())
			.filter(constant -> schema.has(constant.offeredWith()))
			.forEach(constant -> values.add(constant.value()));
		return values;
	}

}
