package nl.onderwijsgraaf.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import nl.onderwijsgraaf.model.Property;
import nl.onderwijsgraaf.model.PropertyType;
import nl.onderwijsgraaf.model.RelationshipField;

/**
 * The peer's @neo4j/graphql type definitions, written from the project's model ({@link GraphModel}) at each run, so
 * that the peer maps the same labels, properties and relationships as the service whatever the model holds that day:
 * every kind as a read-only {@code @node} type whose stable key {@code id} is exposed as {@code key}; every property
 * the API reads (nullable: the peer must not fail where the service answers null); every relationship field, with
 * its direction, its edge properties as a {@code @relationshipProperties} type, and, where it reaches several kinds,
 * an interface of what those kinds share.
 */
final class PeerTypeDefs {

	private PeerTypeDefs() {
	}

	static String of(GraphModel model) {
		// the interfaces of fields that reach several kinds, and the kinds that implement them
		Map<String, String> interfaces = new LinkedHashMap<>();
		Map<String, Set<String>> implemented = new LinkedHashMap<>();
		for (NodeKind kind : model.kinds()) {
			for (RelationshipField field : model.fields(kind.label()).values()) {
				if (field.target() == null) {
					String name = targetInterface(kind, field);
					interfaces.putIfAbsent(name, sharedFields(model, field.targets()));
					field.targets()
						.forEach((label) -> implemented.computeIfAbsent(label, (l) -> new LinkedHashSet<>()).add(name));
				}
			}
		}
		Map<String, String> edgeTypes = new LinkedHashMap<>();
		Set<String> enums = new TreeSet<>();
		StringBuilder text = new StringBuilder("""
				# @neo4j/graphql type definitions of the Onderwijsgraaf graph, written by the load harness from the project's
				# model (nl.onderwijsgraaf.load.PeerTypeDefs) for the peer of the side-by-side benchmark. Read-only.

				""");
		for (NodeKind kind : model.kinds()) {
			Set<String> names = implemented.getOrDefault(kind.label(), Set.of());
			text.append("type ").append(kind.label())
				.append(names.isEmpty() ? "" : " implements " + String.join(" & ", names))
				.append(" @node(labels: [\"").append(kind.label()).append("\"]) @mutation(operations: []) {\n")
				.append("  key: String! @alias(property: \"id\")\n");
			for (Property property : kind.properties().values()) {
				if (property.read()) {
					text.append("  ").append(property.name()).append(": ").append(fieldType(property)).append('\n');
					if (property.enumType() != null) {
						enums.add(property.enumType());
					}
				}
			}
			for (RelationshipField field : model.fields(kind.label()).values()) {
				String target = (field.target() != null) ? field.target() : targetInterface(kind, field);
				text.append("  ").append(field.field()).append(": ").append(field.one() ? target : "[" + target + "!]!")
					.append(" @relationship(type: \"").append(field.type()).append("\", direction: ")
					.append((field.direction() == RelationshipField.Direction.IN) ? "IN" : "OUT");
				if (field.direction() == RelationshipField.Direction.BOTH) {
					text.append(", queryDirection: UNDIRECTED");
				}
				if (!field.edgeProperties().isEmpty()) {
					String edgeType = camel(field.type()) + "Properties";
					edgeTypes.putIfAbsent(edgeType, edgeFields(field));
					text.append(", properties: \"").append(edgeType).append('"');
					if (field.role() != null) {
						enums.add(field.role());
					}
				}
				text.append(")\n");
			}
			text.append("}\n\n");
		}
		interfaces.forEach((name, fields) -> text.append("interface ").append(name).append(" {\n").append(fields)
			.append("}\n\n"));
		edgeTypes.forEach((name, fields) -> text.append("type ").append(name).append(" @relationshipProperties {\n")
			.append(fields).append("}\n\n"));
		for (String enumType : enums) {
			text.append("enum ").append(enumType).append(" { ")
				.append(String.join(" ", GraphModel.enumValues(enumType))).append(" }\n");
		}
		return text.toString();
	}

	/** The interface of what the kinds a field reaches share: {@code StakeholderInvolvementsTarget}. */
	private static String targetInterface(NodeKind kind, RelationshipField field) {
		return kind.label() + capitalised(field.field()) + "Target";
	}

	/** The key and the properties every one of {@code labels} reads with the same type. */
	private static String sharedFields(GraphModel model, List<String> labels) {
		StringBuilder fields = new StringBuilder("  key: String! @alias(property: \"id\")\n");
		for (Property property : model.kind(labels.get(0)).properties().values()) {
			boolean shared = property.read() && labels.stream().map(model::kind).allMatch((kind) -> {
				Property other = kind.property(property.name());
				return other != null && other.read() && fieldType(other).equals(fieldType(property));
			});
			if (shared) {
				fields.append("  ").append(property.name()).append(": ").append(fieldType(property)).append('\n');
			}
		}
		return fields.toString();
	}

	private static String edgeFields(RelationshipField field) {
		StringBuilder fields = new StringBuilder();
		for (String property : field.edgeProperties()) {
			String type = switch (property) {
				case "role" -> field.role();
				case "inferred" -> "Boolean";
				default -> "String";
			};
			fields.append("  ").append(property).append(": ").append(type).append('\n');
		}
		return fields.toString();
	}

	private static String fieldType(Property property) {
		return (property.type() == PropertyType.TEXT_LIST) ? "[String!]" : property.graphQlType();
	}

	/** {@code INVOLVED_IN} → {@code InvolvedIn}. */
	private static String camel(String relationshipType) {
		StringBuilder name = new StringBuilder();
		for (String part : relationshipType.toLowerCase(java.util.Locale.ROOT).split("_")) {
			name.append(capitalised(part));
		}
		return name.toString();
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
