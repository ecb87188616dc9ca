package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Component;

/**
 * The reads every feature shares: a node by id or key, a page of a kind, and the nodes related to a batch of nodes
 * in one query (what {@code @BatchMapping} fields call, so that a list of any length costs one round trip per
 * field). Labels and relationship patterns come from the calling code, never from a request; values are always
 * parameters. Nodes a curator retired ({@code retired: true}) are left out of every read here, so they vanish from
 * the API without being deleted; only curation asks for them, with {@code includeRetired}.
 */
@Component
public class NodeReader {

	/** What related nodes are ordered by before their key, the first a node has. */
	private static final List<String> ORDER_PROPERTIES = List.of("date", "name", "title");

	private final GraphReads reads;

	private final GraphTypes types;

	private final WhereGrammar grammar;

	private final Projection projection;

	public NodeReader(GraphReads reads, GraphTypes types, WhereGrammar grammar, Projection projection) {
		this.projection = projection;
		this.reads = reads;
		this.types = types;
		this.grammar = grammar;
	}

	/**
	 * The order of related nodes held in {@code variable}, as every list of them is read and paged: events by date,
	 * named things by name, the rest by key; then the key. Of nodes of one kind ({@code label}; null when they may be
	 * of several), it asks only for the properties of date, name and title the kind has. Why: a property a node lacks
	 * is the costliest to read (the store walks all of the node's properties to find it absent).
	 */
	public static List<Keyset.SortKey> relatedOrderKeys(String variable, String label) {
		NodeKind kind = (label != null) ? GraphModel.graph().kind(label) : null;
		List<String> values = new ArrayList<>();
		for (String property : ORDER_PROPERTIES) {
			if (kind == null || kind.property(property) != null) {
				values.add(variable + "." + property);
			}
		}
		values.add(variable + ".id");
		String first = (values.size() == 1) ? values.get(0) : "coalesce(" + String.join(", ", values) + ")";
		return List.of(new Keyset.SortKey(first, false), new Keyset.SortKey(variable + ".id", false));
	}


	/** The projection of every property of a node. */
	private static final Projection.Read ALL = Projection.Read.ALL;

	/** Keeps nodes that are not retired; {@code n} is the node's variable. */
	private static final String NOT_RETIRED = "n.retired IS NULL";

	/** A node by global id or by key; null when none matches, it is retired or the id belongs to another kind. */
	public <T extends GraphNode> T lookup(Class<T> type, String id, String key) {
		return lookup(type, id, key, false, ALL);
	}

	/** Like {@link #lookup(Class, String, String)}, reading only what the field of {@code env} selects of the node. */
	public <T extends GraphNode> T lookup(Class<T> type, String id, String key, DataFetchingEnvironment env) {
		return lookup(type, id, key, false, this.projection.of(type.getSimpleName(), "n", env, false));
	}

	/** Like {@link #lookup(Class, String, String)}; with {@code includeRetired} a retired node is found too. */
	public <T extends GraphNode> T lookup(Class<T> type, String id, String key, boolean includeRetired) {
		return lookup(type, id, key, includeRetired, ALL);
	}

	private <T extends GraphNode> T lookup(Class<T> type, String id, String key, boolean includeRetired,
			Projection.Read projection) {
		if ((id == null) == (key == null)) {
			throw new InvalidInputException((id == null) ? "key" : "id", "give exactly one of id or key");
		}
		String label = type.getSimpleName();
		if (id != null) {
			GlobalId globalId = GlobalId.decode(id);
			if (!globalId.type().equals(label)) {
				return null;
			}
			key = globalId.key();
		}
		// Why GraphReads: the lookup starts many requests; in-process it costs no Bolt round trip. Curation looks nodes
		// up only after its write transaction committed, so reading outside that transaction sees its change.
		Map<String, Object> parameters = new HashMap<>(projection.parameters());
		parameters.put("key", key);
		return this.reads
			.rows("MATCH (n:`" + label + "` {id: $key})" + (includeRetired ? "" : " WHERE " + NOT_RETIRED)
					+ " RETURN n {" + projection.entries() + "} AS n", parameters)
			.stream()
			.findFirst()
			.map((row) -> mapped(row.get("n"), type, projection))
			.orElse(null);
	}

	/** Any node by global id; null when none has it. */
	public GraphNode node(String id) {
		Class<? extends GraphNode> type = this.types.forLabel(GlobalId.decode(id).type());
		return (type != null) ? lookup(type, id, null) : null;
	}

	/**
	 * Nodes by global id, in the order asked, null where no node has the id; one round trip for any number of kinds.
	 * An id that is not one of ours is bad input, as for {@link #node}.
	 */
	public List<GraphNode> nodes(List<String> ids) {
		List<GlobalId> decoded = ids.stream().map(GlobalId::decode).toList();
		Map<String, List<String>> keysByLabel = new HashMap<>();
		decoded.forEach((id) -> keysByLabel.computeIfAbsent(id.type(), (t) -> new ArrayList<>()).add(id.key()));
		Map<String, GraphNode> found = allByLabel(keysByLabel);
		return decoded.stream().map((id) -> found.get(id.type() + ":" + id.key())).toList();
	}

	/** The nodes of a kind with the given keys, in key order. */
	public <T extends GraphNode> List<T> all(Class<T> type, List<String> keys) {
		return all(type, keys, ALL);
	}

	/**
	 * Like {@link #all(Class, List)}, for the nodes of the page that the connection field of {@code env} answers
	 * with, reading only what it selects of them.
	 */
	public <T extends GraphNode> List<T> all(Class<T> type, List<String> keys, DataFetchingEnvironment env) {
		return all(type, keys, this.projection.of(type.getSimpleName(), "n", env, true));
	}

	private <T extends GraphNode> List<T> all(Class<T> type, List<String> keys, Projection.Read projection) {
		Map<String, Object> parameters = new HashMap<>(projection.parameters());
		parameters.put("keys", keys);
		return this.reads
			.rows("MATCH (n:`" + type.getSimpleName() + "`) WHERE n.id IN $keys AND " + NOT_RETIRED
					+ " RETURN n {" + projection.entries() + "} AS node ORDER BY n.id", parameters)
			.stream()
			.map((row) -> mapped(row.get("node"), type, projection))
			.toList();
	}

	/** A node of {@code type} from a map a read projected, handed to the projection with that map. */
	@SuppressWarnings("unchecked")
	private static <T extends GraphNode> T mapped(Object row, Class<T> type, Projection.Read projection) {
		Map<String, Object> properties = (Map<String, Object>) row;
		return projection.mapped(NodeMapper.map(properties, type), properties);
	}

	/**
	 * Nodes of several kinds by key, in one round trip (for lists that mix kinds, such as search hits), by
	 * "Label:key"; labels that name no GraphQL type are left out.
	 */
	public Map<String, GraphNode> allByLabel(Map<String, List<String>> keysByLabel) {
		List<String> labels = keysByLabel.keySet().stream().filter((l) -> this.types.forLabel(l) != null).toList();
		if (labels.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			parts.add("MATCH (n:`" + labels.get(i) + "`) WHERE n.id IN $keys" + i + " AND " + NOT_RETIRED + " RETURN n");
			parameters.put("keys" + i, keysByLabel.get(labels.get(i)));
		}
		Map<String, GraphNode> nodes = new HashMap<>();
		this.reads.records(String.join(" UNION ALL ", parts), parameters)
			.forEach((record) -> {
				GraphNode mapped = toTarget(record.get("n").asNode(), GraphNode.class);
				if (mapped != null) {
					nodes.put(mapped.getClass().getSimpleName() + ":" + mapped.key(), mapped);
				}
			});
		return nodes;
	}

	/**
	 * A page of the nodes of a kind that match the query's {@code where}, in its {@code orderBy} order, paged by
	 * keyset: cursors are bound to the kind, filter and order.
	 */
	public <T extends GraphNode> Connection<T> page(Class<T> type, ListQuery query, PageRequest request) {
		return page(type, query, request, ALL, Keyset.Counts.ALL);
	}

	/**
	 * Like {@link #page(Class, ListQuery, PageRequest)}, reading only what the field of {@code env} selects of its
	 * nodes, and counting only what it selects of the list ({@link Keyset.Counts}).
	 */
	public <T extends GraphNode> Connection<T> page(Class<T> type, ListQuery query, PageRequest request,
			DataFetchingEnvironment env) {
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		return page(type, query, request, this.projection.of(type.getSimpleName(), "n", env, true),
				Keyset.Counts.of(selection.contains("totalCount"), selection.contains("pageInfo/hasNextPage"),
						selection.contains("pageInfo/hasPreviousPage"), request));
	}

	private <T extends GraphNode> Connection<T> page(Class<T> type, ListQuery query, PageRequest request,
			Projection.Read projection, Keyset.Counts counts) {
		String label = type.getSimpleName();
		String scope = Cursor.scopeOf(label, query.where(), query.orderBy());
		CypherCondition where = liveWhere(label, query.where());
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		// the projection's parameters (a nested list's arguments) are named apart from the condition's
		parameters.putAll(projection.parameters());
		return Keyset.page(this.reads, scope, new Keyset.Query<>("MATCH (n:`" + label + "`)",
				new CypherCondition(where.text(), parameters), "node: n {" + projection.entries() + "}",
				this.grammar.orderBy(label, query.orderBy()), (row) -> mapped(row.get("node"), type, projection)),
				request, counts);
	}

	/** Every node of a kind that matches the query, in its order; for selections that are small by nature. */
	public <T extends GraphNode> List<T> all(Class<T> type, ListQuery query) {
		String label = type.getSimpleName();
		CypherCondition condition = liveWhere(label, query.where());
		String order = Keyset.orderBy(this.grammar.orderBy(label, query.orderBy()));
		return this.reads
			.records("MATCH (n:`" + label + "`) WHERE " + condition.text() + " RETURN n " + order, condition.parameters())
			.stream()
			.map((record) -> NodeMapper.map(record.get("n").asNode(), type))
			.toList();
	}

	/**
	 * How many nodes of a kind that match {@code where} fall under each value of a dimension, largest count first,
	 * then by value, in one query, each bucket with the node its value names; a node counts once per distinct value,
	 * and a null value is counted as {@code NONE}.
	 */
	public List<ValueCount> countBy(Class<? extends GraphNode> type, Map<String, Object> where, Dimension dimension) {
		CypherCondition condition = liveWhere(type.getSimpleName(), where);
		Map<String, Object> parameters = new HashMap<>(condition.parameters());
		parameters.putAll(dimension.parameters());
		parameters.put("none", ValueCount.NONE);
		return this.reads
			.records("MATCH (n:`" + type.getSimpleName() + "`) WHERE " + condition.text() + " " + dimension.cypher()
					+ " WITH coalesce(toString(value), $none) AS value, count(DISTINCT n) AS count,"
					+ " collect(DISTINCT node)[0] AS node"
					+ " RETURN value, count, node, coalesce(node.name, node.title) AS name ORDER BY count DESC, value",
					parameters)
			.stream()
			.map((record) -> new ValueCount(record.get("value").asString(), record.get("count").asInt(),
					record.get("name").isNull() ? null : record.get("name").asString(),
					record.get("node").isNull() ? null : toTarget(record.get("node").asNode(), GraphNode.class)))
			.toList();
	}

	/**
	 * How many nodes of a kind that match {@code where} have each pair of a row value and a column value, in one
	 * query: the non-empty cells, largest first, then by row and column value; null values count as {@code NONE}.
	 */
	public List<CrossCount> crossCount(Class<? extends GraphNode> type, Map<String, Object> where, Dimension rows,
			Dimension columns) {
		CypherCondition condition = liveWhere(type.getSimpleName(), where);
		Map<String, Object> parameters = new HashMap<>(condition.parameters());
		parameters.putAll(rows.parameters());
		parameters.putAll(columns.parameters());
		parameters.put("none", ValueCount.NONE);
		return this.reads
			.records("MATCH (n:`" + type.getSimpleName() + "`) WHERE " + condition.text()
					+ " CALL (n) { " + rows.cypher() + " RETURN value AS row }"
					+ " CALL (n) { " + columns.cypher() + " RETURN value AS column }"
					+ " WITH coalesce(toString(row), $none) AS row, coalesce(toString(column), $none) AS column,"
					+ " count(DISTINCT n) AS count RETURN row, column, count ORDER BY count DESC, row, column",
					parameters)
			.stream()
			.map((record) -> new CrossCount(record.get("row").asString(), record.get("column").asString(),
					record.get("count").asInt()))
			.toList();
	}

	/**
	 * Minimum, maximum, mean and sum of a number per unit over the nodes of a kind that match {@code where}, by unit,
	 * in one query. {@code number} is a Cypher fragment from the calling code that binds one {@code value} and its
	 * {@code unit} per matching node {@code n} (either may be null); numbers of different units are never added.
	 */
	public List<NumberSummary> summarize(Class<? extends GraphNode> type, Map<String, Object> where, String number,
			Map<String, Object> numberParameters) {
		CypherCondition condition = liveWhere(type.getSimpleName(), where);
		Map<String, Object> parameters = new HashMap<>(condition.parameters());
		parameters.putAll(numberParameters);
		return this.reads
			.records("MATCH (n:`" + type.getSimpleName() + "`) WHERE " + condition.text() + " " + number
					+ " RETURN unit, count(value) AS count, min(value) AS min, max(value) AS max, avg(value) AS avg,"
					+ " CASE WHEN count(value) > 0 THEN sum(value) END AS sum ORDER BY unit", parameters)
			.stream()
			.map((record) -> new NumberSummary(record.get("unit").isNull() ? null : record.get("unit").asString(),
					record.get("count").asInt(), number(record, "min"), number(record, "max"), number(record, "avg"),
					number(record, "sum")))
			.toList();
	}

	private static Double number(Record record, String field) {
		return record.get(field).isNull() ? null : record.get(field).asDouble();
	}

	/** How many nodes there are of every kind (retired ones left out), largest first, in one query. */
	public List<ValueCount> countPerKind() {
		List<String> parts = this.types.labels().stream()
			.map((label) -> "MATCH (n:`" + label + "`) WHERE " + NOT_RETIRED + " RETURN '" + label + "' AS kind, count(n) AS count")
			.toList();
		return this.reads.records(String.join(" UNION ALL ", parts), Map.of())
			.stream()
			.map((record) -> new ValueCount(record.get("kind").asString(), record.get("count").asInt()))
			.sorted(Comparator.comparingInt(ValueCount::count).reversed().thenComparing(ValueCount::value))
			.toList();
	}

	/** How many nodes of a kind match {@code where}. */
	public int count(Class<? extends GraphNode> type, Map<String, Object> where) {
		return count(type.getSimpleName(), liveWhere(type.getSimpleName(), where));
	}

	/** The condition {@code where} puts on the nodes {@code n} of a kind, leaving retired nodes out. */
	private CypherCondition liveWhere(String label, Map<String, Object> where) {
		CypherCondition condition = this.grammar.where(label, where);
		return new CypherCondition(NOT_RETIRED + " AND (" + condition.text() + ")", condition.parameters());
	}

	private int count(String label, CypherCondition condition) {
		return this.reads
			.rows("MATCH (n:`" + label + "`) WHERE " + condition.text() + " RETURN count(n) AS total",
					condition.parameters())
			.stream()
			.findFirst()
			.map((row) -> ((Number) row.get("total")).intValue())
			.orElse(0);
	}

	/**
	 * For each source node, its related nodes of {@code targetType} (or of any node type, with {@code GraphNode})
	 * reached through {@code arrow}, e.g. {@code -[r:ADDRESSES]->} or {@code <-[r:INVOLVED_IN]-}.
	 */
	public <S extends GraphNode, T> Map<S, List<T>> related(List<S> sources, String arrow, Class<T> targetType) {
		return relatedEdges(sources, arrow, targetType, (source, target, relationship) -> target);
	}

	/** Like {@link #related}, with the relationship at hand to build an edge object (a role, its provenance). */
	public <S extends GraphNode, T, R> Map<S, List<R>> relatedEdges(List<S> sources, String arrow, Class<T> targetType,
			EdgeFactory<S, T, R> edges) {
		Map<S, List<R>> result = new HashMap<>();
		if (sources.isEmpty()) {
			return result;
		}
		String sourceLabel = sources.get(0).getClass().getSimpleName();
		String target = (targetType == GraphNode.class) ? "(t)" : "(t:`" + targetType.getSimpleName() + "`)";
		Map<String, S> byKey = new HashMap<>();
		sources.forEach((s) -> byKey.putIfAbsent(s.key(), s));
		Map<String, List<R>> found = new HashMap<>();
		this.reads
			.records("UNWIND $keys AS key MATCH (s:`" + sourceLabel + "` {id: key})" + arrow + target
					+ " WHERE t.retired IS NULL RETURN key, t, r "
					+ Keyset.orderBy(relatedOrderKeys("t", (targetType == GraphNode.class) ? null : targetType.getSimpleName())),
					Map.of("keys", new ArrayList<>(new LinkedHashSet<>(byKey.keySet()))))
			.forEach((record) -> {
				String key = record.get("key").asString();
				T node = toTarget(record.get("t").asNode(), targetType);
				if (node != null) {
					found.computeIfAbsent(key, (k) -> new ArrayList<>())
						.add(edges.create(byKey.get(key), node, record.get("r").asRelationship()));
				}
			});
		sources.forEach((s) -> result.put(s, found.getOrDefault(s.key(), List.of())));
		return result;
	}

	private <T> T toTarget(Node node, Class<T> targetType) {
		if (targetType != GraphNode.class) {
			return NodeMapper.map(node, targetType);
		}
		for (String label : node.labels()) {
			Class<? extends GraphNode> type = this.types.forLabel(label);
			if (type != null) {
				return targetType.cast(NodeMapper.map(node, type));
			}
		}
		return null;
	}

	/** Builds the object a relationship field returns from its source, target and relationship. */
	@FunctionalInterface
	public interface EdgeFactory<S, T, R> {

		R create(S source, T target, Relationship relationship);

	}

	/** The provenance a relationship records, or null. */
	public static Provenance provenanceOf(MapAccessor relationship) {
		return relationship.get("provenance").isNull() ? null
				: Provenance.parse(relationship.get("provenance").asString());
	}

}
