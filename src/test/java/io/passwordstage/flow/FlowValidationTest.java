package io.passwordstage.flow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flow write that breaks authentik's rules is a 400 with its texts, and writes nothing.
 */
class FlowValidationTest extends FlowTest {

	private static final String VALID = "\"name\": \"n\", \"title\": \"t\", \"designation\": \"authentication\"";

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{}|{"name":["This field is required."],"slug":["This field is required."],"title":["This field is required."],"designation":["This field is required."]}
					[]|{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}
					{"name": " ", "slug": "", "title": null, "designation": "foo"}|{"name":["This field may not be blank."],"slug":["This field may not be blank."],"title":["This field may not be null."],"designation":["\\"foo\\" is not a valid choice."]}
					{"name": true, "slug": "bad slug!", "title": "t", "designation": 5}|{"name":["Not a valid string."],"slug":["Enter a valid \\"slug\\" consisting of letters, numbers, underscores or hyphens."],"designation":["\\"5\\" is not a valid choice."]}
					{"name": "n", "slug": "s-0123456789012345678901234567890123456789012345678", "title": "t", "designation": "recovery"}|{"slug":["Ensure this field has no more than 50 characters."]}
					{"name": "n", "slug": "s!0123456789012345678901234567890123456789012345678", "title": "t", "designation": "recovery"}|{"slug":["Ensure this field has no more than 50 characters.","Enter a valid \\"slug\\" consisting of letters, numbers, underscores or hyphens."]}
					{"name": "n", "slug": "s\\u0000", "title": "t", "designation": "recovery"}|{"slug":["Null characters are not allowed.","Enter a valid \\"slug\\" consisting of letters, numbers, underscores or hyphens."]}
					{"name": "n", "slug": "ok", "title": "t", "designation": "recovery", "layout": "sidebar_left_frame_background", "compatibility_mode": "maybe", "denied_action": "", "authentication": "x", "policy_engine_mode": null}|{"policy_engine_mode":["This field may not be null."],"compatibility_mode":["Must be a valid boolean."],"layout":["\\"sidebar_left_frame_background\\" is not a valid choice."],"denied_action":["\\"\\" is not a valid choice."],"authentication":["\\"x\\" is not a valid choice."]}
					""")
	void createIsRejectedWithAuthentiksTexts(String body, String expected) {
		long flows = count("select count(*) from authentik_flows_flow");

		Response response = post(FLOWS, body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
		assertThat(count("select count(*) from authentik_flows_flow")).isEqualTo(flows);
	}

	@Test
	void slugOfAnotherFlowIsTakenButOwnSlugIsFine() {
		String slug = unique("taken");
		String other = unique("other");
		createFlow(slug);
		createFlow(other);

		assertThat(post(FLOWS, flowBody(slug)).body())
			.isEqualTo("{\"slug\":[\"Flow with this slug already exists.\"]}");
		assertThat(write("PATCH", FLOWS + other + "/", "{\"slug\": \"" + slug + "\"}").body())
			.isEqualTo("{\"slug\":[\"Flow with this slug already exists.\"]}");
		assertThat(write("PUT", FLOWS + other + "/", "{\"slug\": \"" + other + "\", " + VALID + "}").status())
			.isEqualTo(200);
		assertThat(post(FLOWS, flowBody(slug.toUpperCase())).status()).isEqualTo(201);
	}

	@Test
	void putNeedsTheRequiredFieldsAndChangesNothingOnError() {
		String slug = unique("putreq");
		var created = createFlow(slug);

		Response response = write("PUT", FLOWS + slug + "/", "{\"title\": \"changed\"}");

		assertThat(response.body()).isEqualTo(
				"{\"name\":[\"This field is required.\"],\"slug\":[\"This field is required.\"],\"designation\":[\"This field is required.\"]}");
		assertThat(get(FLOWS + slug + "/").json()).isEqualTo(created);
	}

	@Test
	void readOnlyAndUnknownKeysAreIgnored() {
		String slug = unique("ignored");
		Response response = post(FLOWS, "{\"pk\": \"x\", \"stages\": [1], \"cache_count\": 9, \"export_url\": 1,"
				+ " \"unknown\": {}, \"slug\": \"" + slug + "\", " + VALID + "}");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("cache_count").intValue()).isZero();
	}

	@Test
	void requireTokenIsNotAChoiceIn2025() {
		refusesRequireToken(postRequireToken(unique("token")));
	}

}
