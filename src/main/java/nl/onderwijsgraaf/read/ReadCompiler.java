package nl.onderwijsgraaf.read;

import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the relationship fields a request selects under a node into one Cypher expression: for each such field a
 * {@code COLLECT} subquery that reads the related nodes in the order {@link NodeReader} lists them (retired ones left
 * out), projects them with their properties and, nested inside, the relationship fields selected under them, at any
 * depth. So one query answers every relationship field of a root field's nodes, instead of one round trip per field
 * and level. Labels and patterns come from the {@link RelationField} declarations, never from a request; the only
 * parameter is the list of source keys.
 * <p>
 * The expression is a map from {@code __} + the field's result key to its items; a node item is the node's
 * properties plus its own nested entries (and {@code __labels} where the field lists several kinds), an edge item is
 * {@code {__rel: relationship properties, __node: node item}}. A node item carries only the properties the client
 * selected (and its key): long texts nobody asked for are not read. Where a field with logic of its own is
 * selected, that logic may read any property, so the item then carries them all.
 */
public final class ReadCompiler {

	/** Prefix of the map keys the compiler adds next to node properties. */
	public static final String NESTED = "__";

	static final String LABELS = NESTED + "labels";

	static final String REL = NESTED + "rel";

	static final String NODE = NESTED + "node";

	private final Map<String, RelationField> fields = new HashMap<>();

	private final GraphModel model;

	public ReadCompiler(List<RelationField> fields, GraphModel model) {
		fields.forEach((f) -> this.fields.put(f.type() + "." + f.field(), f));
		this.model = model;
	}

	/** The relationship field {@code field} of {@code type}, or null when it is not one the compiler reads. */
	public RelationField relation(String type, String field) {
		return this.fields.get(type + "." + field);
	}

	/**
	 * One query that reads, for each source of kind {@code type} whose key is in {@code $keys}, the relationship
	 * fields among {@code selection}: columns {@code key} and {@code fields}; null when none is selected.
	 */
	public String forKeys(String type, List<Selected> selection) {
		String nested = nested(type, "n", selection, new int[] {0});
		return (nested == null) ? null
				: "UNWIND $keys AS key MATCH (n:`" + type + "` {id: key}) RETURN key, " + nested + " AS fields";
	}

	/** The map of the relationship fields selected on node {@code variable} of {@code type}, or null when none. */
	String nested(String type, String variable, List<Selected> selection, int[] depth) {
		List<String> entries = new ArrayList<>();
		for (Selected selected : selection) {
			RelationField relation = relation(type, selected.name());
			if (relation != null && selected.appliesTo(type)) {
				entries.add("`" + NESTED + selected.resultKey() + "`: " + collect(relation, variable, selected, depth));
			}
		}
		return entries.isEmpty() ? null : "{" + String.join(", ", entries) + "}";
	}

	private String collect(RelationField relation, String source, Selected selected, int[] depth) {
		int level = ++depth[0];
		String t = "t" + level;
		String r = "r" + level;
		String pattern = relation.pattern()
			.replace("(s)", "(" + source + ")")
			.replace("[r:", "[" + r + ":")
			.replace("(t:", "(" + t + ":")
			.replace("(t)", "(" + t + ")");
		List<Selected> nodeSelection = (relation.edge() == null) ? selected.children()
				: childrenOf(selected.child(relation.nodeField()));
		String node = nodeProjection(relation, t, nodeSelection, depth);
		String item = (relation.edge() == null) ? node : "{" + REL + ": properties(" + r + "), " + NODE + ": " + node + "}";
		String carried = relation.distinct() ? "DISTINCT " + t : r + ", " + t;
		return "COLLECT { MATCH " + pattern + " WHERE " + t + ".retired IS NULL WITH " + carried + " "
				+ NodeReader.relatedOrder(t) + " RETURN " + item + " }";
	}

	private String nodeProjection(RelationField relation, String variable, List<Selected> selection, int[] depth) {
		StringBuilder projection = new StringBuilder(variable).append(" {")
			.append(relation.anyKind() ? ".*" : properties(relation.target().getSimpleName(), variable, selection));
		if (relation.anyKind()) {
			projection.append(", ").append(LABELS).append(": labels(").append(variable).append(")");
		}
		else {
			String nested = nested(relation.target().getSimpleName(), variable, selection, depth);
			if (nested != null) {
				projection.append(", ").append(nested, 1, nested.length() - 1);
			}
		}
		return projection.append("}").toString();
	}

	/**
	 * The properties to read of a node of {@code type}: its key and version and every selected field that is not a
	 * relationship field (a field that is no property reads as null, as an absent property does); all of them when a
	 * field with custom logic is selected, or the kind is not in the model.
	 */
	private String properties(String type, String variable, List<Selected> selection) {
		NodeKind kind = this.model.kind(type);
		if (kind == null) {
			return ".*";
		}
		Set<String> names = new LinkedHashSet<>(List.of("id", "version"));
		for (Selected selected : selection) {
			if (!selected.appliesTo(type) || selected.name().startsWith(NESTED) || relation(type, selected.name()) != null
					|| selected.name().equals("key")) {
				continue;
			}
			if (kind.customFields().contains(selected.name()) || this.model.field(type, selected.name()) != null) {
				return ".*"; // custom logic, or a relationship field whose loader is custom
			}
			names.add(selected.name());
		}
		// the key, as NodeMapper reads it: a node's own key property where it has one (country attributes), else its id
		return "key: coalesce(" + variable + ".key, " + variable + ".id), "
				+ String.join(", ", names.stream().map((name) -> "." + name).toList());
	}

	private static List<Selected> childrenOf(Selected selected) {
		return (selected != null) ? selected.children() : List.of();
	}

}
