package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance suite in src/test/resources/search/relevance.tsv: recall@5 (share of expected nodes in the top 5)
 * and MRR (1 / rank of the first expected node), for our Lucene search and, side by side, for Neo4j's own full-text
 * index with its 'dutch' analyzer over the same fields.
 */
@ServiceTest
class RelevanceTest {

	record Case(String query, Set<String> expected) {
	}

	record Score(double recallAt5, double mrr, List<String> misses) {
	}

	@Autowired
	SearchService search;

	@Autowired
	Neo4jClient client;

	@Test
	void meetsRecallAndMrrTargets() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
		Score ours = score(cases, (q) -> this.search.search(q, null, null, Paging.of(10, null))
			.edges()
			.stream()
			.map((e) -> e.node().node().getClass().getSimpleName() + ":" + e.node().node().key())
			.toList());
		Score neo4j;
		try {
			neo4j = score(cases, this::neo4jFullText);
		}
		finally {
			// The comparison index is not part of the schema: leave the shared test graph as it was.
			this.client.query("DROP INDEX search_relevance_dutch IF EXISTS").run();
		}
		System.out.printf("%nRelevance over %d queries      recall@5   MRR%n", cases.size());
		System.out.printf("  Lucene (this search)        %.3f      %.3f%n", ours.recallAt5(), ours.mrr());
		System.out.printf("  Neo4j full-text 'dutch'     %.3f      %.3f%n", neo4j.recallAt5(), neo4j.mrr());
		ours.misses().forEach((m) -> System.out.println("  miss: " + m));
		assertThat(ours.recallAt5()).isGreaterThanOrEqualTo(0.9);
		assertThat(ours.mrr()).isGreaterThanOrEqualTo(0.8);
	}

	static Score score(List<Case> cases, Function<String, List<String>> engine) {
		double recall = 0, reciprocal = 0;
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			List<String> ranked = engine.apply(c.query());
			List<String> top5 = ranked.subList(0, Math.min(5, ranked.size()));
			long found = c.expected().stream().filter(top5::contains).count();
			recall += (double) found / Math.min(5, c.expected().size());
			int first = -1;
			for (int i = 0; i < ranked.size() && first < 0; i++) {
				if (c.expected().contains(ranked.get(i))) {
					first = i;
				}
			}
			reciprocal += (first >= 0) ? 1.0 / (first + 1) : 0;
			if (found < c.expected().size() || first != 0) {
				misses.add(c.query() + " -> " + top5 + " (expected " + c.expected() + ")");
			}
		}
		return new Score(recall / cases.size(), reciprocal / cases.size(), misses);
	}

	static List<Case> cases() throws IOException {
		try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
			List<Case> cases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\t");
					cases.add(new Case(parts[0], Set.of(parts[1].split(","))));
				}
			}
			return cases;
		}
	}

	/** The same queries against a Neo4j full-text index (analyzer 'dutch'), created here for the comparison. */
	private List<String> neo4jFullText(String query) {
		this.client.query("""
				CREATE FULLTEXT INDEX search_relevance_dutch IF NOT EXISTS
				FOR (n:Problem|Intervention|Evidence|Stakeholder|Programme|Goal|InternationalPractice|Country|TimelineEvent)
				ON EACH [n.name, n.title, n.nameEn, n.summary, n.claim, n.description]
				OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}""").run();
		this.client.query("CALL db.awaitIndexes(60)").run();
		// Neo4j's procedure takes Lucene query syntax: escape it so the comparison is on words only.
		String escaped = org.apache.lucene.queryparser.classic.QueryParser.escape(query);
		return List.copyOf(this.client.query("""
				CALL db.index.fulltext.queryNodes('search_relevance_dutch', $q, {limit: 10}) YIELD node
				RETURN [l IN labels(node) WHERE l <> 'Node'][0] + ':' + node.id AS ref""")
			.bind(escaped).to("q")
			.fetchAs(String.class).mappedBy((ts, r) -> r.get("ref").asString())
			.all());
	}

}
