package io.passwordstage.blueprint;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SafeConstructor with {@code !KeyOf} and {@code !Context} (which reads the import's
 * context and nothing else); every other custom tag is refused by name.
 */
final class BlueprintConstructor extends SafeConstructor {

	BlueprintConstructor(LoaderOptions options) {
		super(options);
		yamlConstructors.put(new Tag("!KeyOf"), new AbstractConstruct() {
			@Override
			public Object construct(Node node) {
				if (!(node instanceof ScalarNode scalar)) {
					throw new YAMLException("!KeyOf takes the id of an entry");
				}
				return new Blueprint.KeyOf(scalar.getValue());
			}
		});
		yamlConstructors.put(new Tag("!Context"), new AbstractConstruct() {
			@Override
			public Object construct(Node node) {
				if (node instanceof ScalarNode scalar) {
					return new Blueprint.ContextOf(scalar.getValue(), null);
				}
				if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()
						&& sequence.getValue().size() <= 2 && sequence.getValue().get(0) instanceof ScalarNode key) {
					Object fallback = sequence.getValue().size() == 2 ? constructObject(sequence.getValue().get(1))
							: null;
					return new Blueprint.ContextOf(key.getValue(), fallback);
				}
				throw new YAMLException("!Context takes a key, or a list of a key and a default value");
			}
		});
		yamlConstructors.put(null, new AbstractConstruct() {
			@Override
			public Object construct(Node node) {
				String tag = node.getTag().getValue();
				throw new YAMLException(
						"the tag "
								+ (tag.startsWith("tag:yaml.org,2002:")
										? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag)
								+ " is not supported");
			}
		});
	}

}
