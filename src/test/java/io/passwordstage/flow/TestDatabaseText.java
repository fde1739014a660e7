package io.passwordstage.flow;

import static io.passwordstage.support.TestDatabase.text;

/** Rows the flow tests read directly. */
final class TestDatabaseText {

	private TestDatabaseText() {
	}

	/** The pk of the (only) binding of a stage. */
	static String binding(String stagePk) {
		return text("select fsb_uuid::text from authentik_flows_flowstagebinding where stage_id = '" + stagePk + "'");
	}

}
