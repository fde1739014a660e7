package io.passwordstage.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;

/** One page of users in authentik's list envelope. */
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record UserList(Pagination pagination, List<User> results, Map<String, Object> autocomplete) {
}
