package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance on seven query sets in src/test/resources/search/: five development sets the analysis is tuned on
 * ({@code relevance.tsv}, and {@code development2.tsv} to {@code development5.tsv}, each written by a code-blind
 * writer before tuning to it) and two
 * held-out sets, written by readers who never saw the analysis and frozen before tuning ({@code heldout.tsv}, whose
 * misses have been read, and {@code heldout2.tsv}, whose misses are never printed). For
 * each: recall@5 (share of the expected nodes, at most 5, in the top 5; the issue's target), hit@5 (at least one
 * expected node in the top 5: the held-out file's own reading of its lists, which often name alternatives), MRR@10
 * (1 / rank of the first expected node in the top 10) and nDCG@10 (binary gains), for this search and, side by side, for Neo4j's own full-text index with
 * its 'dutch' analyzer over the same fields. Queries with no relevant answer (an empty expected list) are left out
 * of these means and reported apart.
 */
@ServiceTest
class RelevanceTest {

	/** A query, the nodes a good answer shows (Label:key) and the class of difficulty it tests. */
	record Case(String query, Set<String> expected, String kind) {
	}

	record Score(int queries, double recallAt5, double hitAt5, double mrrAt10, double ndcgAt10, List<String> misses) {

		String row(String engine) {
			return String.format("  %-28s %4d   %.3f     %.3f   %.3f     %.3f", engine, this.queries, this.recallAt5,
					this.hitAt5, this.mrrAt10, this.ndcgAt10);
		}

	}

	@Autowired
	SearchService search;

	@Autowired
	Neo4jClient client;

	@Test
	void meetsRecallAndMrrTargetsOnTheDevelopmentAndHeldOutSets() throws IOException {
		List<Case> development = cases("relevance.tsv");
		List<Case> secondDevelopment = cases("development2.tsv");
		List<Case> thirdDevelopment = cases("development3.tsv");
		List<Case> fourthDevelopment = cases("development4.tsv");
		List<Case> fifthDevelopment = cases("development5.tsv");
		List<Case> heldOut = cases("heldout.tsv");
		List<Case> fresh = cases("heldout2.tsv");
		assertThat(development).hasSizeGreaterThanOrEqualTo(50);
		assertThat(heldOut).hasSizeGreaterThanOrEqualTo(120);
		assertThat(fresh).hasSizeGreaterThanOrEqualTo(120);
		Score ourDevelopment, ourSecondDevelopment, ourThirdDevelopment, ourFourthDevelopment, ourFifthDevelopment, ourHeldOut,
				ourFresh, neo4jDevelopment, neo4jSecondDevelopment, neo4jThirdDevelopment, neo4jFourthDevelopment,
				neo4jFifthDevelopment, neo4jHeldOut, neo4jFresh;
		try {
			ourDevelopment = report("development set (relevance.tsv)", development, true);
			ourSecondDevelopment = report("2nd development (development2)", secondDevelopment, true);
			ourThirdDevelopment = report("3rd development (development3)", thirdDevelopment, true);
			ourFourthDevelopment = report("4th development (development4)", fourthDevelopment, true);
			ourFifthDevelopment = report("5th development (development5)", fifthDevelopment, true);
			ourHeldOut = report("held-out set (heldout.tsv)", heldOut, true);
			// The second held-out set's misses are not printed: read, they would become what the next round tunes to.
			ourFresh = report("second held-out (heldout2.tsv)", fresh, false);
			this.client.query("""
					CREATE FULLTEXT INDEX search_relevance_dutch IF NOT EXISTS
					FOR (n:Problem|Intervention|Evidence|Stakeholder|Programme|Goal|InternationalPractice|Country|TimelineEvent|Sector|TargetGroup|Place)
					ON EACH [n.name, n.title, n.nameEn, n.summary, n.claim, n.description]
					OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}""").run();
			this.client.query("CALL db.awaitIndexes(60)").run();
			neo4jDevelopment = score(answered(development), this::neo4jFullText);
			neo4jSecondDevelopment = score(answered(secondDevelopment), this::neo4jFullText);
			neo4jThirdDevelopment = score(answered(thirdDevelopment), this::neo4jFullText);
			neo4jFourthDevelopment = score(answered(fourthDevelopment), this::neo4jFullText);
			neo4jFifthDevelopment = score(answered(fifthDevelopment), this::neo4jFullText);
			neo4jHeldOut = score(answered(heldOut), this::neo4jFullText);
			neo4jFresh = score(answered(fresh), this::neo4jFullText);
		}
		finally {
			// The comparison index is not part of the schema: leave the shared test graph as it was.
			this.client.query("DROP INDEX search_relevance_dutch IF EXISTS").run();
		}
		System.out.printf("%nNeo4j full-text 'dutch'     queries recall@5  hit@5   MRR@10    nDCG@10%n");
		System.out.println(neo4jDevelopment.row("development set"));
		System.out.println(neo4jSecondDevelopment.row("second development set"));
		System.out.println(neo4jThirdDevelopment.row("third development set"));
		System.out.println(neo4jFourthDevelopment.row("fourth development set"));
		System.out.println(neo4jFifthDevelopment.row("fifth development set"));
		System.out.println(neo4jHeldOut.row("held-out set"));
		System.out.println(neo4jFresh.row("second held-out set"));
		// Development: the issue's target of 0.95 on the 289 queries of relevance.tsv, as a regression floor a little
		// below what this search reaches (0.963, README "Search").
		assertThat(ourDevelopment.recallAt5()).isGreaterThanOrEqualTo(0.96);
		// Second development set, written by a code-blind writer and tuned on since: a regression floor a little
		// below what this search reaches (0.937, README "Search").
		assertThat(ourSecondDevelopment.recallAt5()).isGreaterThanOrEqualTo(0.93);
		// Third development set, written by a code-blind writer before tuning to it (0.849 before): a regression floor
		// a little below what this search reaches (0.916, README "Search").
		assertThat(ourThirdDevelopment.recallAt5()).isGreaterThanOrEqualTo(0.91);
		// Fourth development set, written by a code-blind writer before tuning to it and weighted to the weak classes
		// (everyday wording, questions, evidence, stakeholders, several answers; 0.708 before): a floor a little below
		// what this search reaches (0.776, README "Search").
		assertThat(ourFourthDevelopment.recallAt5()).isGreaterThanOrEqualTo(0.77);
		// Fifth development set, written by a code-blind writer before tuning to it and weighted to the classes of the
		// held-out gap (everyday wording, questions, stakeholder roles, several answers, negation; 0.666 before): a
		// floor a little below what this search reaches (0.694, README "Search").
		assertThat(ourFifthDevelopment.recallAt5()).isGreaterThanOrEqualTo(0.69);
		// Held-out: the issue's target of 0.93 (this search reaches 0.931); MRR@10 a little below what it reaches
		// (0.935), above its target of 0.85; the margins over Neo4j's 'dutch' index meet the target of 0.15.
		assertThat(ourHeldOut.recallAt5()).isGreaterThanOrEqualTo(0.93);
		assertThat(ourHeldOut.mrrAt10()).isGreaterThanOrEqualTo(0.925);
		assertThat(ourHeldOut.recallAt5() - neo4jHeldOut.recallAt5()).isGreaterThanOrEqualTo(0.15);
		assertThat(ourHeldOut.mrrAt10() - neo4jHeldOut.mrrAt10()).isGreaterThanOrEqualTo(0.15);
		// Second held-out set, read by nobody who tunes: regression floors a little below what this search reaches
		// (0.883 / 0.873: recall below the issue's target, MRR@10 above it) and the same margins over Neo4j's
		// 'dutch' index.
		assertThat(ourFresh.recallAt5()).isGreaterThanOrEqualTo(0.875);
		assertThat(ourFresh.mrrAt10()).isGreaterThanOrEqualTo(0.865);
		assertThat(ourFresh.recallAt5() - neo4jFresh.recallAt5()).isGreaterThanOrEqualTo(0.15);
		assertThat(ourFresh.mrrAt10() - neo4jFresh.mrrAt10()).isGreaterThanOrEqualTo(0.15);
	}

	/**
	 * Prints this search's figures for a set, overall and per class, and, if asked, its misses; returns the overall
	 * figures.
	 */
	private Score report(String title, List<Case> cases, boolean misses) {
		Function<String, List<String>> ours = this::ours;
		Score all = score(answered(cases), ours);
		System.out.printf("%nThis search, %-27s queries recall@5  hit@5   MRR@10    nDCG@10%n", title);
		System.out.println(all.row("all with an answer"));
		Map<String, List<Case>> byKind = new LinkedHashMap<>();
		answered(cases).forEach((c) -> byKind.computeIfAbsent(c.kind(), (k) -> new ArrayList<>()).add(c));
		if (byKind.size() > 1) {
			byKind.forEach((kind, inKind) -> System.out.println(score(inKind, ours).row("  " + kind)));
		}
		// Why the misses of both sets, by class: what is left to fix is a class, never a single held-out line.
		if (misses) {
			byKind.forEach((kind, inKind) -> score(inKind, ours).misses()
				.forEach((m) -> System.out.println("  miss [" + kind + "]: " + m)));
		}
		List<Case> unanswerable = cases.stream().filter((c) -> c.expected().isEmpty()).toList();
		if (!unanswerable.isEmpty()) {
			long empty = unanswerable.stream().filter((c) -> ours(c.query()).isEmpty()).count();
			System.out.printf("  no relevant answer: %d queries, %d of them with no hits%n", unanswerable.size(), empty);
		}
		return all;
	}

	private List<String> ours(String query) {
		return this.search.search(query, null, null, Paging.of(10, null))
			.edges()
			.stream()
			.map((e) -> e.node().node().getClass().getSimpleName() + ":" + e.node().node().key())
			.toList();
	}

	private static List<Case> answered(List<Case> cases) {
		return cases.stream().filter((c) -> !c.expected().isEmpty()).toList();
	}

	static Score score(List<Case> cases, Function<String, List<String>> engine) {
		double recall = 0, hits = 0, reciprocal = 0, ndcg = 0;
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			List<String> ranked = engine.apply(c.query());
			ranked = ranked.subList(0, Math.min(10, ranked.size()));
			List<String> top5 = ranked.subList(0, Math.min(5, ranked.size()));
			long found = c.expected().stream().filter(top5::contains).count();
			recall += (double) found / Math.min(5, c.expected().size());
			hits += (found > 0) ? 1 : 0;
			double dcg = 0, ideal = 0;
			int first = -1;
			for (int i = 0; i < ranked.size(); i++) {
				if (c.expected().contains(ranked.get(i))) {
					dcg += 1 / log2(i + 2);
					first = (first < 0) ? i : first;
				}
			}
			for (int i = 0; i < Math.min(10, c.expected().size()); i++) {
				ideal += 1 / log2(i + 2);
			}
			ndcg += dcg / ideal;
			reciprocal += (first >= 0) ? 1.0 / (first + 1) : 0;
			if (found < Math.min(5, c.expected().size()) || first != 0) {
				misses.add(c.query() + " -> " + top5 + " (expected " + c.expected() + ")");
			}
		}
		int n = Math.max(1, cases.size());
		return new Score(cases.size(), recall / n, hits / n, reciprocal / n, ndcg / n, misses);
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

	/** The lines of a set: query TAB expected (comma-separated, may be empty) [TAB class]; '#' starts a comment. */
	static List<Case> cases(String file) throws IOException {
		try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/" + file)) {
			assertThat(in).as("src/test/resources/search/" + file).isNotNull();
			List<Case> cases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				line = line.replace("\r", "");
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\t", -1);
					Set<String> expected = (parts.length < 2 || parts[1].isBlank()) ? Set.of()
							: Set.of(parts[1].strip().split("\\s*,\\s*"));
					cases.add(new Case(parts[0].strip(), expected, (parts.length > 2) ? parts[2].strip() : "-"));
				}
			}
			return cases;
		}
	}

	/** The same query against the Neo4j full-text index (analyzer 'dutch') created for the comparison. */
	private List<String> neo4jFullText(String query) {
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
