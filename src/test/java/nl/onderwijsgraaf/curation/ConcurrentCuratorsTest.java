package nl.onderwijsgraaf.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 16 curators at once, each changing one shared node (read, change, write; again on conflict) and a node of its own:
 * no change is lost, every stale write is reported as a conflict, and the audit log numbers every change once.
 */
@CuratedServiceTest
class ConcurrentCuratorsTest {

	private static final int CURATORS = 16;

	private static final int OWN_UPDATES = 2;

	private static final String READ = "query($key: String!) { problem(key: $key) { aliases version } }";

	private static final String UPDATE = """
			mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { problem { version } errors { code } } }""";

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	Driver driver;

	@Test
	void parallelCuratorsLoseNoUpdateAndConflictsAreReported() throws Exception {
		GraphQlTester curator = Testers.curator(this.tester);
		long auditBefore = count("MATCH (a:AuditEntry) RETURN count(a)");
		create(curator, "gedeeld-probleem");
		for (int i = 0; i < CURATORS; i++) {
			create(curator, "eigen-probleem-" + i);
		}
		AtomicInteger conflicts = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(CURATORS);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < CURATORS; i++) {
			int curatorNo = i;
			done.add(pool.submit(() -> {
				appendAlias(curator, "gedeeld-probleem", "curator-" + curatorNo, conflicts);
				for (int u = 0; u < OWN_UPDATES; u++) {
					appendAlias(curator, "eigen-probleem-" + curatorNo, "update-" + u, conflicts);
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();

		var shared = curator.document(READ).variable("key", "gedeeld-probleem").execute();
		shared.path("problem.aliases").entityList(String.class).hasSize(CURATORS);
		shared.path("problem.version").entity(Integer.class).isEqualTo(1 + CURATORS);
		for (int i = 0; i < CURATORS; i++) {
			curator.document(READ).variable("key", "eigen-probleem-" + i).execute()
				.path("problem.version").entity(Integer.class).isEqualTo(1 + OWN_UPDATES);
		}
		assertThat(conflicts.get()).as("stale writes reported as CONFLICT").isPositive();
		long changes = 1 + CURATORS + CURATORS + CURATORS * OWN_UPDATES;
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a)")).isEqualTo(auditBefore + changes);
		assertThat(count("MATCH (a:AuditEntry) RETURN count(DISTINCT a.sequence)"))
			.isEqualTo(count("MATCH (a:AuditEntry) RETURN max(a.sequence)"))
			.isEqualTo(count("MATCH (a:AuditEntry) RETURN count(a)"));
		assertThat(count("MATCH (p:Problem) WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).isZero();
	}

	private static void create(GraphQlTester curator, String key) {
		curator.document("""
				mutation($input: CreateProblemInput!) { createProblem(input: $input) { errors { code } } }""")
			.variable("input", Map.of("key", key, "name", "Gelijktijdig " + key, "nameEn", "Concurrent", "summary",
					"Voor de gelijktijdigheidstest.", "domain", "EDUCATION", "provenance", List.of("d003 p.12")))
			.execute().path("createProblem.errors").entityList(Object.class).hasSize(0);
	}

	/** Read, add one alias, write with the version read; on a conflict read again and retry. */
	private static void appendAlias(GraphQlTester curator, String key, String alias, AtomicInteger conflicts) {
		while (true) {
			var read = curator.document(READ).variable("key", key).execute();
			List<String> aliases = new ArrayList<>(read.path("problem.aliases").entityList(String.class).get());
			int version = read.path("problem.version").entity(Integer.class).get();
			aliases.add(alias);
			var written = curator.document(UPDATE)
				.variable("input", Map.of("id", key, "version", version, "aliases", aliases)).execute();
			List<String> codes = written.path("updateProblem.errors[*].code").entityList(String.class).get();
			if (codes.isEmpty()) {
				return;
			}
			assertThat(codes).containsExactly("CONFLICT");
			conflicts.incrementAndGet();
		}
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
