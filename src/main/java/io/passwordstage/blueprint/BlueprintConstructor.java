package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SafeConstructor with {@code !KeyOf}, {@code !Find} (this service's models by their
 * natural keys) and {@code !Context} (the import's context and nothing else); every other
 * custom tag is refused by name.
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
		yamlConstructors.put(new Tag("!Find"), new AbstractConstruct() {
			@Override
			public Object construct(Node node) {
				String usage = "!Find takes a model and [field, value] pairs";
				if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() < 2
						|| !(sequence.getValue().get(0) instanceof ScalarNode model)) {
					throw new YAMLException(usage);
				}
				List<List<Object>> query = new ArrayList<>();
				for (Node item : sequence.getValue().subList(1, sequence.getValue().size())) {
					if (!(item instanceof SequenceNode pair) || pair.getValue().size() != 2
							|| !(pair.getValue().get(0) instanceof ScalarNode field)) {
						throw new YAMLException(usage);
					}
					List<Object> condition = new ArrayList<>();
					condition.add(field.getValue());
					condition.add(constructObject(pair.getValue().get(1)));
					query.add(condition);
				}
				return new Blueprint.Find(model.getValue(), query);
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
