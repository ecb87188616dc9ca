package nl.onderwijsgraaf.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import nl.onderwijsgraaf.graph.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Builds a graph {@code scale} times the seed into a data dir: the service seeds it, then every node except the
 * shared dimensions ({@link #SHARED}: sources, sectors, target groups, goals, graph state) is copied
 * {@code scale - 1} times with the key suffix {@code -x<k>}, and every relationship is copied between the copies
 * (or from a copy to the shared node). Sectors and doelgebieden so get a hundred times their degree, as they would
 * in a bigger curated graph. A relationship between two copied nodes is also made once between neighbouring copies
 * (copy k to copy k+1, the last to the original), so the copies are not islands: a stakeholder's network reaches into
 * other copies and the graph gets about twice the seed's relationships per node (≈ 1,000,000 relationships at 100×),
 * while a problem's interventions stay a page or three.
 */
final class ScaleGraph {

	static final Set<String> SHARED = Set.of("Source", "Sector", "TargetGroup", "Goal", "GraphMeta");

	private ScaleGraph() {
	}

	static void build(Path dataDir, int scale, int boltPort) {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(OnderwijsgraafApplication.class).run(
				"--server.port=0", "--onderwijsgraaf.neo4j.bolt-port=" + boltPort,
				"--onderwijsgraaf.neo4j.data-dir=" + dataDir, "--logging.level.root=WARN");
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort,
						service.getBean(EmbeddedNeo4j.class).authToken());
				Session session = driver.session()) {
			if (session.run("MATCH (n) WHERE n.copy IS NOT NULL RETURN count(n) > 0 AS scaled").single().get("scaled").asBoolean()) {
				System.out.println("Graph in " + dataDir + " is already scaled");
				return;
			}
			long start = System.nanoTime();
			for (String label : session.run("CALL db.labels() YIELD label RETURN label").list((r) -> r.get("label").asString())) {
				if (!SHARED.contains(label)) {
					session.run("""
							MATCH (n:`%1$s`) WHERE labels(n)[0] = $label
							CALL (n) { UNWIND range(1, $copies) AS k
							  CREATE (c:`%1$s`) SET c = n {.*, id: n.id + '-x' + k, copy: k}, c:$(labels(n))
							} IN TRANSACTIONS OF 500 ROWS""".formatted(label), java.util.Map.of("copies", scale - 1, "label", label))
						.consume();
				}
			}
			List<Record> kinds = session.run("""
					MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS type, labels(a)[0] AS from, labels(b)[0] AS to""").list();
			for (Record kind : kinds) {
				String from = kind.get("from").asString();
				String to = kind.get("to").asString();
				if (SHARED.contains(from) && SHARED.contains(to)) {
					continue;
				}
				boolean bothCopied = !SHARED.contains(from) && !SHARED.contains(to);
				session.run("""
						MATCH (a:`%1$s`)-[r:`%2$s`]->(b:`%3$s`) WHERE a.copy IS NULL AND b.copy IS NULL
						CALL (a, r, b) { UNWIND range(0, $copies) AS k
						  UNWIND CASE WHEN $bothCopied THEN [k, (k + 1) %% ($copies + 1)] ELSE [k] END AS j
						  WITH a, r, b, k, j WHERE k > 0 OR j <> k
						  MATCH (a2:`%1$s` {id: CASE WHEN $fromShared OR k = 0 THEN a.id ELSE a.id + '-x' + k END})
						  MATCH (b2:`%3$s` {id: CASE WHEN $toShared OR j = 0 THEN b.id ELSE b.id + '-x' + j END})
						  CREATE (a2)-[r2:`%2$s`]->(b2) SET r2 = properties(r)
						} IN TRANSACTIONS OF 200 ROWS""".formatted(from, kind.get("type").asString(), to),
						java.util.Map.of("copies", scale - 1, "fromShared", SHARED.contains(from), "toShared",
								SHARED.contains(to), "bothCopied", bothCopied))
					.consume();
			}
			System.out.printf("Scaled the graph in %s to %d× in %.0f s%n", dataDir, scale, (System.nanoTime() - start) / 1e9);
		}
	}

}
