package nl.onderwijsgraaf.stakeholder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.api.NodeMapper;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.programme.Programme;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the programme manager's network view. The network is walked one hop per query from the
 * stakeholder outwards (breadth first, so a cap keeps the nearest nodes), then the relationships among the nodes
 * found are read in one more query: a network of depth 3 costs at most five queries whatever its size.
 */
@Repository
class NetworkRepository {

	private static final String STAKEHOLDER = Stakeholder.class.getSimpleName();

	private static final String INTERVENTION = Intervention.class.getSimpleName();

	private static final String PROGRAMME = Programme.class.getSimpleName();

	/** Labels a network or path may pass through, in the order a node's label is looked up. */
	private static final List<String> LABELS = List.of(STAKEHOLDER, INTERVENTION, PROGRAMME);

	private static final String INVOLVED_IN = "INVOLVED_IN";

	private static final String CONNECTED_TO = "CONNECTED_TO";

	private static final String PART_OF = "PART_OF";

	private static final String TIES = INVOLVED_IN + "|" + CONNECTED_TO + "|" + PART_OF;

	/** Longest path {@code stakeholderPath} looks for, in hops. */
	static final int MAX_PATH_LENGTH = 6;

	/** A node a network may pass through: one of {@link #LABELS}, not retired by a curator. */
	private static final String ANY_LABEL = "((%1$s:" + STAKEHOLDER + " OR %1$s:" + INTERVENTION + " OR %1$s:" + PROGRAMME
			+ ") AND %1$s.retired IS NULL)";

	/**
	 * Which relationships a network follows besides the types in {@link #TIES} and the labels in {@link #ANY_LABEL}:
	 * involvements only with one of the wanted roles ({@code $roles} null: every role). With no roles given this is
	 * exactly what {@link #PATH} follows, so that a stakeholder at distance d in a network is d steps away on a path.
	 */
	private static final String FOLLOWED = "(type(r) <> $involved OR $roles IS NULL OR r.role IN $roles)";

	private static final String START = "MATCH (s:" + STAKEHOLDER + " {id: $key}) WHERE s.retired IS NULL"
			+ " RETURN elementId(s) AS eid, s AS node";

	private static final String HOP = """
			UNWIND $frontier AS eid
			MATCH (n) WHERE elementId(n) = eid
			MATCH (n)-[r:%s]-(m)
			WHERE %s AND NOT elementId(m) IN $seen AND %s
			  AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m) OR k = coalesce(m.type, m.kind)))
			WITH DISTINCT m
			RETURN elementId(m) AS eid, m AS node
			ORDER BY m.name, m.id
			LIMIT $limit
			""".formatted(TIES, ANY_LABEL.formatted("m"), FOLLOWED);

	private static final String EDGES = """
			MATCH (a)-[r:%s]->(b)
			WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND %s
			RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, r.role AS role
			""".formatted(TIES, FOLLOWED);

	private static final String PATH = """
			MATCH (a:%1$s {id: $from}), (b:%1$s {id: $to})
			MATCH p = allShortestPaths((a)-[:%2$s*..%3$d]-(b))
			WHERE all(n IN nodes(p) WHERE %4$s)
			RETURN p
			ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | coalesce(r.role, '')]
			LIMIT 1
			""".formatted(STAKEHOLDER, TIES, MAX_PATH_LENGTH, ANY_LABEL.formatted("n"));

	private static final String KNOWN = "MATCH (s:" + STAKEHOLDER + ") WHERE s.id IN $keys AND s.retired IS NULL"
			+ " RETURN s.id AS key";

	private static final String CO_INVOLVED = """
			MATCH (s:%1$s {id: $key})-[:%2$s]->(x)<-[:%2$s]-(other:%1$s)
			WHERE other <> s AND (x:%3$s OR x:%4$s)
			  AND s.retired IS NULL AND x.retired IS NULL AND other.retired IS NULL
			WITH other, collect(DISTINCT x) AS shared
			ORDER BY size(shared) DESC, other.name, other.id
			LIMIT $first
			RETURN other, shared
			""".formatted(STAKEHOLDER, INVOLVED_IN, INTERVENTION, PROGRAMME);

	private final GraphReads reads;

	NetworkRepository(GraphReads reads) {
		this.reads = reads;
	}

	/** The network around a stakeholder; empty when no stakeholder has the key. */
	StakeholderNetwork network(String key, int depth, List<String> roles, List<String> kinds, int maxNodes) {
		List<Record> start = records(START, Map.of("key", key));
		if (start.isEmpty()) {
			return StakeholderNetwork.EMPTY;
		}
		Map<String, NetworkNode> found = new LinkedHashMap<>();
		found.put(start.get(0).get("eid").asString(), toNetworkNode(start.get(0).get("node").asNode(), 0));
		List<String> frontier = new ArrayList<>(found.keySet());
		boolean truncated = false;
		for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
			int room = maxNodes - found.size();
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("frontier", frontier);
			parameters.put("seen", new ArrayList<>(found.keySet()));
			parameters.put("involved", INVOLVED_IN);
			parameters.put("roles", roles);
			parameters.put("kinds", kinds);
			parameters.put("limit", room + 1);
			List<Record> next = records(HOP, parameters);
			truncated = next.size() > room;
			frontier = new ArrayList<>();
			for (Record record : next.subList(0, Math.min(room, next.size()))) {
				String eid = record.get("eid").asString();
				found.put(eid, toNetworkNode(record.get("node").asNode(), hop));
				frontier.add(eid);
			}
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", new ArrayList<>(found.keySet()));
		parameters.put("involved", INVOLVED_IN);
		parameters.put("roles", roles);
		List<NetworkEdge> edges = records(EDGES, parameters).stream()
			.map((r) -> new Tie(found.get(r.get("a").asString()), found.get(r.get("b").asString()),
					r.get("type").asString(), r.get("role").isNull() ? null : r.get("role").asString()))
			.sorted(Tie.ORDER)
			.map((t) -> new NetworkEdge(t.from().id(), t.to().id(), t.type(), t.role()))
			.toList();
		List<NetworkNode> nodes = List.copyOf(found.values());
		return new StakeholderNetwork(nodes.get(0), nodes, edges, truncated);
	}

	/** The shortest path between two stakeholders, or null when none is at most {@link #MAX_PATH_LENGTH} hops. */
	StakeholderPath path(String fromKey, String toKey) {
		if (fromKey.equals(toKey)) {
			List<Record> start = records(START, Map.of("key", fromKey));
			return start.isEmpty() ? null : new StakeholderPath(0,
					List.of(toNetworkNode(start.get(0).get("node").asNode(), 0)), List.of(), List.of(), List.of());
		}
		List<Record> found = records(PATH, Map.of("from", fromKey, "to", toKey));
		if (found.isEmpty()) {
			return null;
		}
		Path path = found.get(0).get("p").asPath();
		Map<String, NetworkNode> byElementId = new HashMap<>();
		List<NetworkNode> nodes = new ArrayList<>();
		List<Intervention> interventions = new ArrayList<>();
		List<Programme> programmes = new ArrayList<>();
		for (Node node : path.nodes()) {
			NetworkNode networkNode = toNetworkNode(node, nodes.size());
			nodes.add(networkNode);
			byElementId.put(node.elementId(), networkNode);
			if (node.hasLabel(INTERVENTION)) {
				interventions.add(NodeMapper.map(node, Intervention.class));
			}
			else if (node.hasLabel(PROGRAMME)) {
				programmes.add(NodeMapper.map(node, Programme.class));
			}
		}
		List<NetworkEdge> edges = new ArrayList<>();
		for (Relationship r : path.relationships()) {
			edges.add(new NetworkEdge(byElementId.get(r.startNodeElementId()).id(),
					byElementId.get(r.endNodeElementId()).id(), r.type(),
					r.get("role").isNull() ? null : r.get("role").asString()));
		}
		return new StakeholderPath(edges.size(), nodes, edges, interventions, programmes);
	}

	/** Which of the keys name a stakeholder a curator has not retired. */
	List<String> known(List<String> keys) {
		return records(KNOWN, Map.of("keys", keys)).stream().map((r) -> r.get("key").asString()).toList();
	}

	/** Stakeholders sharing the most interventions and programmes with the given one. */
	List<CoInvolvement> coInvolved(String key, int first) {
		Comparator<Node> byName = Comparator.comparing((Node n) -> n.get("name").asString())
			.thenComparing((n) -> n.get("id").asString());
		return records(CO_INVOLVED, Map.of("key", key, "first", first)).stream().map((record) -> {
			List<Node> shared = record.get("shared").asList(Value::asNode).stream().sorted(byName).toList();
			return new CoInvolvement(NodeMapper.map(record.get("other").asNode(), Stakeholder.class), shared.size(),
					shared.stream().filter((n) -> n.hasLabel(INTERVENTION))
						.map((n) -> NodeMapper.map(n, Intervention.class)).toList(),
					shared.stream().filter((n) -> n.hasLabel(PROGRAMME))
						.map((n) -> NodeMapper.map(n, Programme.class)).toList());
		}).toList();
	}

	private List<Record> records(String cypher, Map<String, Object> parameters) {
		return this.reads.records(cypher, parameters);
	}

	private static NetworkNode toNetworkNode(Node node, int distance) {
		String label = LABELS.stream().filter(node::hasLabel).findFirst().orElseThrow();
		String type = node.get(label.equals(STAKEHOLDER) ? "type" : "kind").asString();
		String key = node.get("id").asString();
		return new NetworkNode(GlobalId.encode(label, key), key, label, type, node.get("name").asString(), distance);
	}

	/** A relationship found among a network's nodes, before it becomes an edge. */
	private record Tie(NetworkNode from, NetworkNode to, String type, String role) {

		static final Comparator<Tie> ORDER = Comparator.comparing(Tie::type)
			.thenComparing((t) -> t.from().key())
			.thenComparing((t) -> t.to().key())
			.thenComparing(Tie::role, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing((t) -> t.from().id())
			.thenComparing((t) -> t.to().id());

	}

}
