package io.passwordstage.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** An enum whose constants travel on the wire as authentik's lower-case values. */
public interface WireEnum {

	String value();

	/** The wire values of an enum, in declaration order. */
	static Set<String> values(Class<? extends WireEnum> type) {
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(type.getEnumConstants()).forEach(constant -> values.add(constant.value()));
		return values;
	}

}
