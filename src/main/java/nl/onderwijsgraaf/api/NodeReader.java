package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
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

	/** Order of related nodes: events by date, named things by name, the rest by key. */
	private static final String RELATED_ORDER = "ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id";

	private final Neo4jClient client;

	private final GraphTypes types;

	public NodeReader(Neo4jClient client, GraphTypes types) {
		this.client = client;
		this.types = types;
	}

	/** Keeps nodes that are not retired; {@code n} is the node's variable. */
	private static final String NOT_RETIRED = "n.retired IS NULL";

	/** A node by global id or by key; null when none matches, it is retired or the id belongs to another kind. */
	public <T extends GraphNode> T lookup(Class<T> type, String id, String key) {
		return lookup(type, id, key, false);
	}

	/** Like {@link #lookup(Class, String, String)}; with {@code includeRetired} a retired node is found too. */
	public <T extends GraphNode> T lookup(Class<T> type, String id, String key, boolean includeRetired) {
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
		return this.client
			.query("MATCH (n:`" + label + "` {id: $key})" + (includeRetired ? "" : " WHERE " + NOT_RETIRED) + " RETURN n")
			.bind(key)
			.to("key")
			.fetchAs(type)
			.mappedBy((ts, record) -> NodeMapper.map(record.get("n").asNode(), type))
			.one()
			.orElse(null);
	}

	/** Any node by global id; null when none has it. */
	public GraphNode node(String id) {
		Class<? extends GraphNode> type = this.types.forLabel(GlobalId.decode(id).type());
		return (type != null) ? lookup(type, id, null) : null;
	}

	/** The nodes of a kind with the given keys, in key order. */
	public <T extends GraphNode> List<T> all(Class<T> type, List<String> keys) {
		return List.copyOf(this.client
			.query("MATCH (n:`" + type.getSimpleName() + "`) WHERE n.id IN $keys AND " + NOT_RETIRED
					+ " RETURN n ORDER BY n.id")
			.bind(keys)
			.to("keys")
			.fetchAs(type)
			.mappedBy((ts, record) -> NodeMapper.map(record.get("n").asNode(), type))
			.all());
	}

	/** A page of all nodes of a kind, in key order. */
	public <T extends GraphNode> Connection<T> page(Class<T> type, Paging paging) {
		String label = type.getSimpleName();
		int total = this.client.query("MATCH (n:`" + label + "`) WHERE " + NOT_RETIRED + " RETURN count(n) AS total")
			.fetchAs(Integer.class)
			.mappedBy((ts, record) -> record.get("total").asInt())
			.one()
			.orElse(0);
		List<T> items = List.copyOf(this.client
			.query("MATCH (n:`" + label + "`) WHERE " + NOT_RETIRED + " RETURN n ORDER BY n.id SKIP $offset LIMIT $limit")
			.bindAll(Map.of("offset", paging.offset(), "limit", paging.limit()))
			.fetchAs(type)
			.mappedBy((ts, record) -> NodeMapper.map(record.get("n").asNode(), type))
			.all());
		return Connection.of(items, paging, total);
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
		this.client
			.query("UNWIND $keys AS key MATCH (s:`" + sourceLabel + "` {id: key})" + arrow + target
					+ " WHERE t.retired IS NULL RETURN key, t, r " + RELATED_ORDER)
			.bind(new ArrayList<>(new LinkedHashSet<>(byKey.keySet())))
			.to("keys")
			.fetchAs(Record.class)
			.mappedBy((ts, record) -> record)
			.all()
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

	/** For to-one fields: the first related node of each source, or null. */
	public static <S, T> Map<S, T> first(Map<S, List<T>> related) {
		Map<S, T> result = new HashMap<>();
		related.forEach((source, targets) -> result.put(source, targets.isEmpty() ? null : targets.get(0)));
		return result;
	}

	/** The provenance a relationship records, or null. */
	public static Provenance provenanceOf(Relationship relationship) {
		return relationship.get("provenance").isNull() ? null
				: Provenance.parse(relationship.get("provenance").asString());
	}

}
