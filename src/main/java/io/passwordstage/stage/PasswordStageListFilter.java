package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.passwordstage.web.ListFilter;
import io.passwordstage.web.ListQuery;

/**
 * The password stage list's filters, search over the name and ordering, read as
 * authentik's filter backends do, as a {@link ListQuery}.
 */
final class PasswordStageListFilter {

	private static final Map<String, String> ORDERABLE = Map.of("pk", "s.stage_ptr_id", "name", "b.name", "backends",
			"s.backends", "configure_flow", "s.configure_flow_id", "failed_attempts_before_cancel",
			"s.failed_attempts_before_cancel", "allow_show_password", "s.allow_show_password");

	private PasswordStageListFilter() {
	}

	/**
	 * @param flowExists whether a flow exists, for the {@code configure_flow} filter
	 */
	static ListQuery parse(Map<String, String> params, Predicate<UUID> flowExists) {
		ListFilter filter = new ListFilter(params, ORDERABLE, List.of("b.name asc"), "s.stage_ptr_id");
		filter.text("name", "b.name");
		filter.related("configure_flow", "s.configure_flow_id", flowExists);
		filter.integer("failed_attempts_before_cancel", "s.failed_attempts_before_cancel");
		filter.bool("allow_show_password", "s.allow_show_password");
		filter.search("b.name");
		return filter.query();
	}

}
