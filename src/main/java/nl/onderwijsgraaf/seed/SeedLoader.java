package nl.onderwijsgraaf.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads graph-seed into the graph. Validation runs over every file before anything is written; the write is one
 * transaction that MERGEs nodes and relationships on their stable ids, so a failed load leaves the graph as it was
 * and a second load of the same files changes nothing. Seeded nodes and relationships that the files no longer
 * hold are removed, so the graph equals the seed after a load.
 */
@Service
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	/** Labels whose nodes the seed owns; labels come from {@link SeedKind}, never from input. */
	static final List<String> LABELS = seededLabels();

	private final Driver driver;

	public SeedLoader(Driver driver) {
		this.driver = driver;
	}

	/** Whether the graph already holds a loaded seed. */
	public boolean isSeeded() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("MATCH (m:GraphMeta {id: 'graph'}) RETURN m.seedLoadedAt IS NOT NULL AS seeded")
				.list((r) -> r.get("seeded").asBoolean())
				.stream()
				.findFirst()
				.orElse(false));
		}
	}

	/** Validates and loads the seed files at {@code location} (e.g. {@code classpath:graph-seed/}). */
	public SeedReport load(String location) {
		long started = System.nanoTime();
		SeedGraph graph = SeedCompiler.compile(SeedFile.readAll(location));
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> write(tx, graph));
		}
		catch (Neo4jException ex) {
			throw new SeedException("the graph refused the write: " + ex.getMessage(), ex);
		}
		SeedReport report = report(graph, (System.nanoTime() - started) / 1_000_000);
		log.info("Seed loaded from {} in {} ms: {} nodes, {} relationships\n{}", location, report.millis(),
				report.totalNodes(), report.totalRelationships(), report.table());
		return report;
	}

	/*
	 * Why a handful of statements whatever the number of kinds: on a fresh engine each new statement text costs a
	 * planning round (one per label and per relationship shape cost seconds at start). So the existing seeded graph
	 * is read once, Java decides what to create, update and delete, and each of those is one statement that finds
	 * its nodes and relationships by element id; new ones take their label or type as a dynamic parameter.
	 */
	private static final String EXISTING_NODES = """
			MATCH (n) WHERE head(labels(n)) IN $labels
			RETURN head(labels(n)) + ':' + coalesce(n.id, '') AS key, elementId(n) AS element""";

	private static final String UPDATE_NODES = "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.element SET n = row.props";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row CREATE (n:$(row.label)) SET n = row.props
			RETURN row.key AS key, elementId(n) AS element""";

	private static final String DELETE_NODES = "UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element DETACH DELETE n";

	private static final String EXISTING_RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE head(labels(a)) IN $labels AND head(labels(b)) IN $labels
			RETURN type(r) + '|' + head(labels(a)) + ':' + coalesce(a.id, '') + '|' + head(labels(b)) + ':' + coalesce(b.id, '') + '|'
			       + coalesce(r.identity, '') AS key, elementId(r) AS element""";

	private static final String UPDATE_RELATIONSHIPS = """
			UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.element SET r = row.props""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[r:$(row.type)]->(b) SET r = row.props""";

	private static final String DELETE_RELATIONSHIPS = """
			UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r""";

	private static void write(TransactionContext tx, SeedGraph graph) {
		Map<String, String> elements = keyedElements(tx, EXISTING_NODES);
		Map<String, String> staleNodes = new HashMap<>(elements);
		List<Map<String, Object>> updatedNodes = new ArrayList<>();
		List<Map<String, Object>> createdNodes = new ArrayList<>();
		for (SeedGraph.Node node : graph.nodes()) {
			String key = node.label() + ":" + node.id();
			String element = staleNodes.remove(key);
			if (element != null) {
				updatedNodes.add(Map.of("element", element, "props", node.properties()));
			}
			else {
				createdNodes.add(Map.of("key", key, "label", node.label(), "props", node.properties()));
			}
		}
		runWithRows(tx, DELETE_NODES, "elements", List.copyOf(staleNodes.values()));
		elements.keySet().removeAll(staleNodes.keySet());
		runWithRows(tx, UPDATE_NODES, "rows", updatedNodes);
		if (!createdNodes.isEmpty()) {
			tx.run(CREATE_NODES, Map.of("rows", createdNodes))
				.forEachRemaining((r) -> elements.put(r.get("key").asString(), r.get("element").asString()));
		}
		Map<String, String> staleRelationships = keyedElements(tx, EXISTING_RELATIONSHIPS);
		List<Map<String, Object>> updatedRelationships = new ArrayList<>();
		List<Map<String, Object>> createdRelationships = new ArrayList<>();
		for (SeedGraph.Relationship r : graph.relationships()) {
			Map<String, Object> props = new HashMap<>(r.properties());
			props.put("identity", r.identity());
			String element = staleRelationships.remove(r.key());
			if (element != null) {
				updatedRelationships.add(Map.of("element", element, "props", props));
			}
			else {
				createdRelationships.add(Map.of("type", r.type(), "from", elements.get(r.fromLabel() + ":" + r.fromId()),
						"to", elements.get(r.toLabel() + ":" + r.toId()), "props", props));
			}
		}
		runWithRows(tx, DELETE_RELATIONSHIPS, "elements", List.copyOf(staleRelationships.values()));
		runWithRows(tx, UPDATE_RELATIONSHIPS, "rows", updatedRelationships);
		runWithRows(tx, CREATE_RELATIONSHIPS, "rows", createdRelationships);
		tx.run("""
				MERGE (m:GraphMeta {id: 'graph'})
				SET m.generation = coalesce(m.generation, 0) + 1, m.seedLoadedAt = datetime()""").consume();
	}

	/** Element ids by key of what {@code query} returns; a key held twice keeps one, the other counts as stale. */
	private static Map<String, String> keyedElements(TransactionContext tx, String query) {
		Map<String, String> elements = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		tx.run(query, Map.of("labels", LABELS)).forEachRemaining((r) -> {
			String element = r.get("element").asString();
			if (elements.putIfAbsent(r.get("key").asString(), element) != null) {
				duplicates.add(element);
			}
		});
		duplicates.forEach((element) -> elements.put("duplicate:" + element, element));
		return elements;
	}

	/** Runs a batch statement only when it has work: an unused statement would still cost its planning. */
	private static void runWithRows(TransactionContext tx, String statement, String parameter, List<?> rows) {
		if (!rows.isEmpty()) {
			tx.run(statement, Map.of(parameter, rows)).consume();
		}
	}

	/** The counts per kind of a compiled seed, as the load logs them (and the READMEs state them). */
	static SeedReport report(SeedGraph graph, long millis) {
		Map<String, Integer> nodes = new LinkedHashMap<>();
		Map<String, Integer> relationships = new LinkedHashMap<>();
		for (SeedKind kind : SeedKind.values()) {
			nodes.put(kind.key, 0);
			relationships.put(kind.key, 0);
		}
		Map<String, String> kindOfLabel = new HashMap<>();
		for (SeedKind kind : SeedKind.values()) {
			kindOfLabel.put(kind.label, kind.key);
		}
		kindOfLabel.put("CountryAttribute", SeedKind.COUNTRIES.key);
		graph.nodes().forEach((n) -> nodes.merge(kindOfLabel.get(n.label()), 1, Integer::sum));
		graph.relationships().forEach((r) -> relationships.merge(r.kind().key, 1, Integer::sum));
		return new SeedReport(nodes, relationships, millis);
	}

	private static List<String> seededLabels() {
		Set<String> labels = new TreeSet<>();
		for (SeedKind kind : SeedKind.values()) {
			labels.add(kind.label);
		}
		labels.add("CountryAttribute");
		return List.copyOf(labels);
	}

}
