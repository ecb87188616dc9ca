package nl.onderwijsgraaf.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

	private static void write(TransactionContext tx, SeedGraph graph) {
		Map<String, List<SeedGraph.Node>> byLabel = graph.nodes()
			.stream()
			.collect(Collectors.groupingBy(SeedGraph.Node::label, LinkedHashMap::new, Collectors.toList()));
		Map<String, Boolean> keep = new HashMap<>();
		byLabel.forEach((label, nodes) -> {
			List<Map<String, Object>> rows = nodes.stream()
				.map((n) -> Map.<String, Object>of("id", n.id(), "props", n.properties()))
				.toList();
			tx.run("UNWIND $rows AS row MERGE (n:`" + label + "` {id: row.id}) SET n = row.props", Map.of("rows", rows))
				.consume();
			nodes.forEach((n) -> keep.put(label + ":" + n.id(), Boolean.TRUE));
		});
		// One statement, not one per label: on a fresh engine every new statement costs a planning round.
		tx.run("MATCH (n) WHERE head(labels(n)) IN $labels AND $keep[head(labels(n)) + ':' + n.id] IS NULL DETACH DELETE n",
				Map.of("labels", LABELS, "keep", keep))
			.consume();
		Map<String, List<SeedGraph.Relationship>> byShape = graph.relationships()
			.stream()
			.collect(Collectors.groupingBy((r) -> r.type() + "|" + r.fromLabel() + "|" + r.toLabel(), LinkedHashMap::new,
					Collectors.toList()));
		Map<String, Boolean> wanted = new HashMap<>();
		for (List<SeedGraph.Relationship> group : byShape.values()) {
			SeedGraph.Relationship shape = group.get(0);
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SeedGraph.Relationship r : group) {
				Map<String, Object> props = new HashMap<>(r.properties());
				props.put("identity", r.identity());
				rows.add(Map.of("from", r.fromId(), "to", r.toId(), "identity", r.identity(), "props", props));
				wanted.put(r.key(), Boolean.TRUE);
			}
			tx.run("UNWIND $rows AS row MATCH (a:`" + shape.fromLabel() + "` {id: row.from}) MATCH (b:`" + shape.toLabel()
					+ "` {id: row.to}) MERGE (a)-[r:`" + shape.type() + "` {identity: row.identity}]->(b) SET r = row.props",
					Map.of("rows", rows))
				.consume();
		}
		tx.run("""
				MATCH (a)-[r]->(b)
				WHERE head(labels(a)) IN $labels AND head(labels(b)) IN $labels
				WITH r, type(r) + '|' + head(labels(a)) + ':' + a.id + '|' + head(labels(b)) + ':' + b.id + '|'
				     + coalesce(r.identity, '') AS key
				WHERE $wanted[key] IS NULL
				DELETE r""", Map.of("labels", LABELS, "wanted", wanted)).consume();
		tx.run("""
				MERGE (m:GraphMeta {id: 'graph'})
				SET m.generation = coalesce(m.generation, 0) + 1, m.seedLoadedAt = datetime()""").consume();
	}

	private static SeedReport report(SeedGraph graph, long millis) {
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
