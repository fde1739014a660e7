package io.passwordstage.blueprint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A blueprint document written as PyYAML's safe dumper writes it (keys sorted, block
 * style, width 80, non-ASCII escaped), with the portable export's references as
 * authentik's tags. SnakeYAML is a port of PyYAML's emitter; these options are PyYAML's
 * defaults.
 */
final class BlueprintYaml {

	private static final Pattern ESCAPE = Pattern
		.compile("(?<!\\\\)((?:\\\\\\\\)*\\\\)(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})");

	private BlueprintYaml() {
	}

	static String dump(Object document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setWidth(80);
		options.setAllowUnicode(false);
		// authentik's BlueprintDumper writes no anchors or aliases
		options.setDereferenceAliases(true);
		return upperCaseEscapes(new Yaml(new TagRepresenter(options), options).dump(document));
	}

	/**
	 * PyYAML writes the hex digits of {@code \\x}, {@code \\u} and {@code \\U} escapes in
	 * upper case, SnakeYAML in lower case (an escaped backslash before them is left
	 * alone).
	 */
	private static String upperCaseEscapes(String yaml) {
		return ESCAPE.matcher(yaml)
			.replaceAll(match -> Matcher.quoteReplacement(
					match.group(1) + match.group(2).charAt(0) + match.group(2).substring(1).toUpperCase(Locale.ROOT)));
	}

	/** Writes {@code !KeyOf} and {@code !Find}. */
	private static final class TagRepresenter extends Representer {

		TagRepresenter(DumperOptions options) {
			super(options);
			this.representers.put(BlueprintExport.KeyOf.class, data -> representScalar(new Tag("!KeyOf"),
					((BlueprintExport.KeyOf) data).id(), DumperOptions.ScalarStyle.PLAIN));
			this.representers.put(BlueprintExport.Find.class, data -> {
				BlueprintExport.Find find = (BlueprintExport.Find) data;
				return representSequence(new Tag("!Find"),
						List.of(find.model(), Arrays.asList(find.field(), find.value())), DumperOptions.FlowStyle.FLOW);
			});
		}

	}

}
