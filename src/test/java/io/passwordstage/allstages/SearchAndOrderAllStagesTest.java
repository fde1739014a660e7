package io.passwordstage.allstages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's search and ordering, with the terms it ignores. */
class SearchAndOrderAllStagesTest extends AllStagesTest {

	@Test
	void searchIsCaseInsensitiveAndEveryTermMustMatch() {
		String prefix = unique("allsearch");
		createNamed(prefix, "red-apple", "green-apple", "red-cherry");

		assertThat(names(get(ALL + "?search=" + prefix.toUpperCase() + "+APPLE").json()))
			.isEqualTo(prefix + "-green-apple," + prefix + "-red-apple");
		assertThat(names(get(ALL + "?search=" + encoded(prefix + ",red  cherry")).json()))
			.isEqualTo(prefix + "-red-cherry");
		assertThat(names(get(ALL + "?search=" + encoded(prefix + " %")).json())).isEmpty();
		assertThat(names(get(ALL + "?search=" + encoded(prefix + " _")).json())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "name|a,b,c", "-name|c,b,a", "|a,b,c", "flow_set|a,b,c", "-flow_set,-name|c,b,a",
					"unknown,name|a,b,c", "backends|a,b,c", "' -name '|c,b,a", "-|a,b,c", "name,-pk|a,b,c" })
	void orderingTermsAndFallback(String ordering, String expected) {
		String prefix = unique("allorder");
		createNamed(prefix, "b", "c", "a");

		Response response = get(ALL + "?search=" + prefix + "&ordering=" + encoded(ordering == null ? "" : ordering));

		assertThat(response.status()).isEqualTo(200);
		assertThat(names(response.json())).isEqualTo(prefix + "-" + expected.replace(",", "," + prefix + "-"));
	}

	@Test
	void orderingByPkFollowsTheUuids() {
		String prefix = unique("allpk");
		List<String> byPk = new ArrayList<>(createNamed(prefix, "a", "b", "c", "d").stream()
			.sorted(Comparator.comparing(stage -> stage.get("pk").stringValue()))
			.map(stage -> stage.get("name").stringValue())
			.toList());

		assertThat(names(get(ALL + "?search=" + prefix + "&ordering=pk").json())).isEqualTo(String.join(",", byPk));
		Collections.reverse(byPk);
		assertThat(names(get(ALL + "?search=" + prefix + "&ordering=-pk").json())).isEqualTo(String.join(",", byPk));
	}

}
