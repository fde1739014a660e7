package io.passwordstage.flow;

/** The URLs authentik derives from a flow's stored background and slug. */
final class FlowBackground {

	static final String DEFAULT_URL = "/static/dist/assets/images/flow_background.jpg";

	private static final String THEME_PLACEHOLDER = "%(theme)s";

	private FlowBackground() {
	}

	/**
	 * authentik's {@code background_url}: the default image when none is set, URLs and
	 * static paths as they are, a stored file under the media path.
	 */
	static String url(String background) {
		if (background == null || background.isEmpty()) {
			return DEFAULT_URL;
		}
		if (background.startsWith("http") || background.startsWith("/static")) {
			return background;
		}
		return "/media/public/" + background;
	}

	/**
	 * 2026.2's {@code background_themed_urls}: null without a background or when the
	 * background has no theme placeholder, else the light and dark variants.
	 */
	static ThemedUrls themedUrls(String background) {
		if (background == null || !background.contains(THEME_PLACEHOLDER)) {
			return null;
		}
		return new ThemedUrls(url(background.replace(THEME_PLACEHOLDER, "light")),
				url(background.replace(THEME_PLACEHOLDER, "dark")));
	}

	static String exportUrl(String slug) {
		return "/api/v3/flows/instances/" + slug + "/export/";
	}

}
