package nl.onderwijsgraaf.read;

import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.CypherCondition;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.Keyset;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.api.WhereGrammar;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import nl.onderwijsgraaf.model.RelationshipField;

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
 * and level. Labels and patterns come from the {@link RelationField} declarations, never from a request; request
 * values (the source keys, a nested list's arguments) are only ever parameters.
 * <p>
 * A list of nodes of one kind takes the arguments of its kind's top-level list, compiled here into its subquery
 * (a list of several kinds takes {@code NodeWhere} and {@code NodeOrderBy}):
 * {@code where} by the {@link WhereGrammar} (on the subquery's variable, with variables and parameters of its own, so
 * two aliased selections of one field with different arguments each get their own), {@code orderBy} replaces the
 * default order, {@code first} limits it. A list of involvements takes the same, with {@code InvolvementWhere} and
 * {@code InvolvementOrderBy} on the relationship and the node at its other end. Its {@code <field>Connection} reads a
 * keyset page ({@link Keyset}): the items after the {@code after} cursor (or, backward, the {@code last} before the
 * {@code before} cursor, read in the reverse order), and what the selection reads of the rest: the number of all that
 * match, whether any lie before the page in the direction read ({@link Keyset.Counts}).
 * <p>
 * The expression is a map from {@code __} + the field's result key to its items; a node item is the node's
 * properties plus its own nested entries (and {@code __labels} where the field lists several kinds), an edge item is
 * {@code {__rel: relationship properties, __node: node item}} (an edge read both ways {@code {__rel, __from, __to}},
 * its start and end node), a page is {@code {__total, __behind, __items}}: the number of all that match (null where
 * the selection does not ask for it), whether items lie before the page in the direction read ({@code false} where it
 * does not ask), and the page's items, each as {@code {__sortKey, __item}}, with one more where the selection asks
 * whether items follow it. A node item carries only the properties the client selected (and its key): long texts nobody asked for
 * are not read. Where a field with logic of its own is selected, that logic may read any property, so the item then
 * carries them all.
 */
public final class ReadCompiler {

	/** Prefix of the map keys the compiler adds next to node properties. */
	public static final String NESTED = "__";

	static final String LABELS = NESTED + "labels";

	static final String REL = NESTED + "rel";

	static final String NODE = NESTED + "node";

	static final String FROM = NESTED + "from";

	static final String TO = NESTED + "to";

	static final String TOTAL = NESTED + "total";

	static final String BEHIND = NESTED + "behind";

	static final String ITEMS = NESTED + "items";

	static final String SORT_KEY = NESTED + "sortKey";

	static final String ITEM = NESTED + "item";

	private final Map<String, RelationField> fields = new HashMap<>();

	private final GraphModel model;

	private final WhereGrammar grammar;

	public ReadCompiler(List<RelationField> fields, GraphModel model, WhereGrammar grammar) {
		fields.forEach((f) -> this.fields.put(f.type() + "." + f.field(), f));
		this.model = model;
		this.grammar = grammar;
	}

	/** The relationship field {@code field} of {@code type}, or null when it is not one the compiler reads. */
	public RelationField relation(String type, String field) {
		return this.fields.get(type + "." + field);
	}

	/**
	 * One query that reads, for each source of kind {@code type} whose key is in {@code $keys} (which the caller
	 * binds), the relationship fields among {@code selection}: columns {@code key} and {@code fields}; null when none
	 * is selected. A nested list's argument a client must correct is an {@link InvalidInputException} naming the
	 * field.
	 */
	public ReadQuery forKeys(String type, List<Selected> selection) {
		Compilation compilation = new Compilation();
		String nested = nested(type, "n", selection, compilation);
		return (nested == null) ? null
				: new ReadQuery("UNWIND $keys AS key MATCH (n:`" + type + "` {id: key}) RETURN key, " + nested
						+ " AS fields", compilation.parameters);
	}

	/**
	 * What a root read projects of its node {@code variable} of kind {@code type}: the entries of a map projection
	 * with the {@link #properties} {@code selection} needs and the relationship fields selected in it, as
	 * {@link #forKeys} reads them, so that the root read answers them in its own query. A nested list's argument a
	 * client must correct is an {@link InvalidInputException} naming the field.
	 */
	public ReadQuery projection(String type, String variable, List<Selected> selection) {
		Compilation compilation = new Compilation();
		String entries = entries(type, variable, selection, compilation);
		return new ReadQuery(entries, compilation.parameters);
	}

	/** The scope of the cursors a selection of a {@code <field>Connection} issues: the field, its filter and order. */
	static String scope(RelationField relation, Selected selected) {
		return Cursor.scopeOf(relation.type() + "." + relation.field(), selected.argument("where"),
				selected.argument("orderBy"));
	}

	/** The map of the relationship fields selected on node {@code variable} of {@code type}, or null when none. */
	private String nested(String type, String variable, List<Selected> selection, Compilation compilation) {
		List<String> entries = new ArrayList<>();
		for (Selected selected : selection) {
			RelationField relation = relation(type, selected.name());
			if (relation != null && selected.appliesTo(type)) {
				String collected;
				try {
					collected = collect(relation, variable, selected, compilation);
				}
				catch (InvalidInputException ex) {
					throw ex.of(selected.resultKey());
				}
				entries.add("`" + NESTED + selected.resultKey() + "`: " + collected);
			}
		}
		return entries.isEmpty() ? null : "{" + String.join(", ", entries) + "}";
	}

	private String collect(RelationField relation, String source, Selected selected, Compilation compilation) {
		int level = ++compilation.depth;
		String t = "t" + level;
		String r = "r" + level;
		String pattern = relation.pattern()
			.replace("(s)", "(" + source + ")")
			.replace("[r:", "[" + r + ":")
			.replace("(t:", "(" + t + ":")
			.replace("(t)", "(" + t + ")");
		List<Selected> items = itemSelection(relation, selected);
		String item;
		String carried;
		if (relation.endFields() != null) {
			// an edge read both ways carries both its ends, each read with what is selected under its field
			String from = "f" + level;
			String to = "e" + level;
			carried = r + ", " + t + ", startNode(" + r + ") AS " + from + ", endNode(" + r + ") AS " + to;
			item = "{" + REL + ": " + edgeProperties(r, items) + ", " + FROM + ": "
					+ nodeProjection(relation, from, under(items, relation.endFields().get(0)), compilation) + ", " + TO
					+ ": " + nodeProjection(relation, to, under(items, relation.endFields().get(1)), compilation) + "}";
		}
		else {
			String node = nodeProjection(relation, t, nodeSelection(relation, items), compilation);
			item = (relation.edge() == null) ? node
					: "{" + REL + ": " + edgeProperties(r, items) + ", " + NODE + ": " + node + "}";
			carried = relation.distinct() ? "DISTINCT " + t : r + ", " + t;
		}
		String prefix = "a" + level + "_";
		RelationshipField declared = this.model.field(relation.type(), baseField(relation));
		String edgeType = declared.edgeType();
		List<Keyset.SortKey> order = order(relation, edgeType, selected.argument("orderBy"), source, t, r);
		// the items' Where: the edge type's, the kind's, or NodeWhere for nodes of several kinds
		CypherCondition where = (edgeType != null)
				? this.grammar.whereEdge(edgeType, selected.argument("where"), t, r, prefix)
				: this.grammar.where(declared.itemType(), selected.argument("where"), t, prefix);
		String matched = "MATCH " + pattern + " WHERE " + t + ".retired IS NULL" + and(where, compilation);
		if (!relation.connection()) {
			Integer first = selected.argument("first");
			String limit = (first != null) ? " LIMIT " + compilation.parameter(prefix + "first",
					PageRequest.of(first, null).size()) : "";
			return "COLLECT { " + matched + " WITH " + carried + " " + Keyset.orderBy(order) + limit + " RETURN " + item
					+ " }";
		}
		// a page backward is read from its cursor (or the list's end) in the reverse order, and turned back when read
		PageRequest request = pageRequest(selected);
		List<Keyset.SortKey> readOrder = Keyset.readOrder(order, request);
		CypherCondition resume = Keyset.resume(scope(relation, selected), readOrder, request, prefix);
		compilation.parameters.putAll(resume.parameters());
		boolean fromStart = resume.text().equals("true");
		Keyset.Counts counts = counts(selected, request);
		String counted = " WITH " + carried + " RETURN " + t + " }";
		String total = counts.total() ? "COUNT { " + matched + counted : "null";
		String behind = (fromStart || !counts.behind()) ? "false"
				: "EXISTS { " + matched + " AND NOT " + resume.text() + counted;
		// one item more than the page tells whether items follow it
		String page = matched + (fromStart ? "" : " AND " + resume.text()) + " WITH " + carried + " "
				+ Keyset.orderBy(readOrder) + " LIMIT "
				+ compilation.parameter(prefix + "first", request.size() + (counts.ahead() ? 1 : 0));
		return "{" + TOTAL + ": " + total + ", " + BEHIND + ": " + behind + ", " + ITEMS + ": COLLECT { " + page
				+ " RETURN {" + SORT_KEY + ": " + Keyset.sortKey(readOrder) + ", " + ITEM + ": " + item + "} }}";
	}

	/**
	 * What the selection of a {@code <field>Connection} reads besides its items: {@code totalCount}, and the
	 * {@code pageInfo} flags that say whether items lie behind and ahead of the page in the direction read.
	 */
	private static Keyset.Counts counts(Selected connection, PageRequest request) {
		List<String> pageInfo = connection.children().stream()
			.filter((field) -> field.name().equals("pageInfo"))
			.flatMap((field) -> field.children().stream())
			.map(Selected::name)
			.toList();
		return Keyset.Counts.of(connection.children().stream().anyMatch((field) -> field.name().equals("totalCount")),
				pageInfo.contains("hasNextPage"), pageInfo.contains("hasPreviousPage"), request);
	}

	/**
	 * The page a selection of a {@code <field>Connection} asks for: {@code first}/{@code after} forward,
	 * {@code last}/{@code before} backward, by the rules of every connection ({@link PageRequest}).
	 */
	static PageRequest pageRequest(Selected selected) {
		return PageRequest.of(selected.argument("first"), selected.argument("after"), selected.argument("last"),
				selected.argument("before"));
	}

	/**
	 * The order of a field's items: its {@code orderBy}, else the order of related nodes, ending with the node's key.
	 * Where the node may be of several kinds, which may share a key, its label follows; an edge list then adds what
	 * tells two edges to one node apart (the relationship's {@code identity}: an involvement's role): so that each
	 * item has a sort key of its own, as a keyset page needs, and the plain list and its connection agree.
	 */
	private List<Keyset.SortKey> order(RelationField relation, String edgeType, List<Map<String, Object>> orderBy,
			String source, String t, String r) {
		List<Keyset.SortKey> order = new ArrayList<>();
		boolean given = orderBy != null && !orderBy.isEmpty();
		// an edge read both ways: its direction tells apart two ties between the same pair; by default the ties that
		// go out from the node come first, as they always did
		Keyset.SortKey outgoing = (relation.endFields() != null)
				? new Keyset.SortKey("(startNode(" + r + ") = " + source + ")", true) : null;
		if (!given) {
			if (outgoing != null) {
				order.add(outgoing);
			}
			order.addAll(NodeReader.relatedOrderKeys(t, relation.anyKind() ? null : relation.target().getSimpleName()));
		}
		else if (edgeType != null) {
			order.addAll(this.grammar.orderByEdge(edgeType, orderBy, t, r));
		}
		else if (relation.anyKind()) {
			order.addAll(this.grammar.orderByAnyKind(orderBy, t));
		}
		else {
			order.addAll(this.grammar.orderBy(relation.target().getSimpleName(), orderBy, t));
		}
		if (relation.anyKind()) {
			order.add(new Keyset.SortKey("head(labels(" + t + "))", false));
		}
		if (given && outgoing != null) {
			order.add(outgoing);
		}
		if (edgeType != null) {
			order.add(new Keyset.SortKey(r + ".identity", false));
		}
		return order;
	}

	/** The model's name of the relationship field {@code relation} reads ({@code interventions} for its connection). */
	private static String baseField(RelationField relation) {
		String suffix = GraphModel.connectionField("");
		return relation.connection() ? relation.field().substring(0, relation.field().length() - suffix.length())
				: relation.field();
	}

	/** {@code " AND (condition)"}, binding its parameters; empty for a condition that always holds. */
	private static String and(CypherCondition condition, Compilation compilation) {
		compilation.parameters.putAll(condition.parameters());
		return condition.text().equals("true") ? "" : " AND (" + condition.text() + ")";
	}

	/** The fields selected under each item of a field: under the field itself, or under a connection's {@code edges { node }}. */
	static List<Selected> itemSelection(RelationField relation, Selected selected) {
		return relation.connection() ? connectionNodes(selected) : selected.children();
	}

	/**
	 * The fields selected under the nodes of a field's items ({@code items}, its {@link #itemSelection}): the items'
	 * own, or for edge items those under their node field ({@code target}, {@code stakeholder}).
	 */
	static List<Selected> nodeSelection(RelationField relation, List<Selected> items) {
		return (relation.edge() == null) ? items : under(items, relation.nodeField());
	}

	/** The fields selected under the item field {@code name} (an edge's node: {@code target}, {@code from}…). */
	static List<Selected> under(List<Selected> items, String name) {
		return items.stream()
			.filter((field) -> field.name().equals(name))
			.findFirst()
			.map(Selected::children)
			.orElse(List.of());
	}

	/** The fields selected under a connection's {@code edges { node }} (under each, where they are aliased). */
	private static List<Selected> connectionNodes(Selected connection) {
		return connection.children().stream()
			.filter((edges) -> edges.name().equals("edges"))
			.flatMap((edges) -> edges.children().stream())
			.filter((node) -> node.name().equals("node"))
			.flatMap((node) -> node.children().stream())
			.toList();
	}

	private String nodeProjection(RelationField relation, String variable, List<Selected> selection,
			Compilation compilation) {
		String entries = relation.anyKind()
				? anyKindProperties(variable, selection) + ", " + LABELS + ": labels(" + variable + ")"
				: entries(relation.target().getSimpleName(), variable, selection, compilation);
		return variable + " {" + entries + "}";
	}

	/** The map entries of node {@code variable} of {@code type}: its {@link #properties} and its nested fields. */
	private String entries(String type, String variable, List<Selected> selection, Compilation compilation) {
		String nested = nested(type, variable, selection, compilation);
		return properties(type, variable, selection)
				+ ((nested != null) ? ", " + nested.substring(1, nested.length() - 1) : "");
	}

	/**
	 * The properties to read of a node of {@code type}: its key and every selected field (its version only when
	 * selected) that is not a relationship field (a field that is no property reads as null, as an absent property
	 * does), also those selected
	 * on the node where its edge lists name it again (an involvement's {@code stakeholder}), which is answered from
	 * this node's record; all of them when a field with custom logic is selected, or the kind is not in the model.
	 */
	String properties(String type, String variable, List<Selected> selection) {
		NodeKind kind = this.model.kind(type);
		if (kind == null) {
			return ".*";
		}
		List<Selected> onThisNode = new ArrayList<>(selection);
		for (Selected selected : selection) {
			RelationField relation = relation(type, selected.name());
			if (relation != null && relation.selfField() != null && selected.appliesTo(type)) {
				onThisNode.addAll(under(itemSelection(relation, selected), relation.selfField()));
			}
		}
		Set<String> names = new LinkedHashSet<>(List.of("id"));
		for (Selected selected : onThisNode) {
			if (!selected.appliesTo(type) || selected.name().startsWith(NESTED) || relation(type, selected.name()) != null
					|| selected.name().equals("key")) {
				continue;
			}
			if (kind.customFields().contains(selected.name()) || this.model.field(type, selected.name()) != null) {
				return ".*"; // custom logic, or a relationship field whose loader is custom
			}
			names.add(selected.name());
		}
		// the key, as NodeMapper reads it: a node's own key property where it has one (country attributes), else its
		// id; a node kind has none, and a property a node lacks is the costliest to read
		String key = kind.node() ? variable + ".id" : "coalesce(" + variable + ".key, " + variable + ".id)";
		return "key: " + key + ", " + String.join(", ", names.stream().map((name) -> "." + name).toList());
	}

	/**
	 * {@link #properties} of a node that may be of any kind: the fields selected on it (on the kinds its {@code ... on}
	 * fragments name), all its properties once one of them is a relationship field or has logic of its own.
	 */
	private String anyKindProperties(String variable, List<Selected> selection) {
		Set<String> names = new LinkedHashSet<>(List.of("id"));
		for (Selected selected : selection) {
			if (selected.name().startsWith(NESTED) || selected.name().equals("key")) {
				continue;
			}
			for (String type : selected.onTypes()) {
				NodeKind kind = this.model.kind(type);
				if (kind == null || kind.customFields().contains(selected.name())
						|| this.model.field(type, selected.name()) != null) {
					return ".*";
				}
			}
			names.add(selected.name());
		}
		return "key: coalesce(" + variable + ".key, " + variable + ".id), "
				+ String.join(", ", names.stream().map((name) -> "." + name).toList());
	}

	/**
	 * The properties of relationship {@code variable} an edge item reads: its role, which every edge has, and the
	 * fields selected on the edge (those that are no property, such as the node at its end, read as null).
	 */
	private static String edgeProperties(String variable, List<Selected> edgeSelection) {
		Set<String> names = new LinkedHashSet<>(List.of("role"));
		edgeSelection.stream().map(Selected::name).filter((name) -> !name.startsWith(NESTED)).forEach(names::add);
		return variable + " {" + String.join(", ", names.stream().map((name) -> "." + name).toList()) + "}";
	}

	/** What one query's compilation counts: its subqueries (each with variables of its own) and its parameters. */
	private static final class Compilation {

		private int depth;

		private final Map<String, Object> parameters = new HashMap<>();

		private String parameter(String name, Object value) {
			this.parameters.put(name, value);
			return "$" + name;
		}

	}

	/** A compiled read: its Cypher and the parameters it binds besides {@code $keys} (or the root read's own). */
	public record ReadQuery(String cypher, Map<String, Object> parameters) {
	}

}
