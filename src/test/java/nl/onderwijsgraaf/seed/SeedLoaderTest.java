package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.onderwijsgraaf.graph.GraphSchema;
import nl.onderwijsgraaf.graph.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Loading is idempotent and atomic, against a real Neo4j reached over Bolt. */
class SeedLoaderTest {

	static final String REAL_SEED = "file:graph-seed/";

	static TestNeo4j neo4j;

	static SeedLoader loader;

	@TempDir
	Path seedDir;

	@BeforeAll
	static void startNeo4j(@TempDir Path home) {
		neo4j = new TestNeo4j(home);
		new GraphSchema(neo4j.driver()).apply();
		loader = new SeedLoader(neo4j.driver());
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@BeforeEach
	void loadTheRealSeed() {
		loader.load(REAL_SEED);
	}

	@Test
	void aSecondLoadChangesNothing() {
		String before = neo4j.fingerprint();
		SeedReport again = loader.load(REAL_SEED);
		assertThat(neo4j.fingerprint()).isEqualTo(before);
		assertThat(neo4j.count("MATCH (n) WHERE NOT n:GraphMeta RETURN count(n)")).isEqualTo(again.totalNodes());
		assertThat(neo4j.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(again.totalRelationships());
	}

	@Test
	void reportsNodesAndRelationshipsPerKind() {
		SeedReport report = loader.load(REAL_SEED);
		assertThat(report.nodes().get("problems"))
			.isEqualTo((int) neo4j.count("MATCH (n:Problem) RETURN count(n)"));
		assertThat(report.nodes().get("countries"))
			.isEqualTo((int) neo4j.count("MATCH (n) WHERE n:Country OR n:CountryAttribute RETURN count(n)"));
		assertThat(report.table()).contains("interventions").contains("relationships");
	}

	@Test
	void anInvalidSeedLeavesTheGraphAsItWas() throws IOException {
		String before = neo4j.fingerprint();
		copyRealSeedWith("problems.yaml", "domain: EDUCATION", "domain: ONDERWIJS");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> loader.load(this.seedDir.toUri().toString()))
			.withMessageContaining("problems.yaml: problems[")
			.withMessageContaining(".domain: must be one of [CULTURE, EDUCATION, SOCIETY], not 'ONDERWIJS'");
		assertThat(neo4j.fingerprint()).isEqualTo(before);
	}

	@Test
	void aWriteThatFailsHalfwayLeavesTheGraphAsItWas() throws IOException {
		String before = neo4j.fingerprint();
		// The seed validates, but a constraint in the store refuses its last kind: the whole transaction rolls back.
		try (var session = neo4j.driver().session()) {
			session.run("CREATE CONSTRAINT test_evidence_claim IF NOT EXISTS FOR (n:Evidence) REQUIRE n.claim IS UNIQUE")
				.consume();
		}
		try {
			copyRealSeedWith("evidence.yaml", "", "");
			Files.writeString(this.seedDir.resolve("evidence.yaml"),
					Files.readString(this.seedDir.resolve("evidence.yaml")) + """
							- {id: test-duplicate-claim-a, kind: CLAIM, claim: Dubbel, sourced: false, src: [d003]}
							- {id: test-duplicate-claim-b, kind: CLAIM, claim: Dubbel, sourced: false, src: [d003]}
							""");
			assertThatExceptionOfType(SeedException.class)
				.isThrownBy(() -> loader.load(this.seedDir.toUri().toString()))
				.withMessageContaining("the graph refused the write");
			assertThat(neo4j.fingerprint()).isEqualTo(before);
		}
		finally {
			try (var session = neo4j.driver().session()) {
				session.run("DROP CONSTRAINT test_evidence_claim").consume();
			}
		}
	}

	@Test
	void aReloadRemovesWhatTheSeedNoLongerHolds() throws IOException {
		copyRealSeedWith("problems.yaml", "- id: lerarentekort\n", "- id: lerarentekort-hernoemd\n");
		// references to the old id must follow, or the seed is rejected: rename them all
		for (Path file : Files.list(this.seedDir).toList()) {
			Files.writeString(file, Files.readString(file).replaceAll("(?<=[\\s\\[{,:])lerarentekort(?=[\\s\\],}]|$)",
					"lerarentekort-hernoemd"));
		}
		loader.load(this.seedDir.toUri().toString());
		assertThat(neo4j.count("MATCH (n:Problem {id: 'lerarentekort'}) RETURN count(n)")).isZero();
		assertThat(neo4j.count("MATCH (n:Problem {id: 'lerarentekort-hernoemd'})<-[:ADDRESSES]-() RETURN count(n)"))
			.isPositive();
	}

	private void copyRealSeedWith(String fileName, String target, String replacement) throws IOException {
		try (var files = Files.list(Path.of("graph-seed"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).toList()) {
				String text = Files.readString(file);
				if (file.getFileName().toString().equals(fileName) && !target.isEmpty()) {
					assertThat(text).contains(target);
					text = text.replace(target, replacement);
				}
				Files.writeString(this.seedDir.resolve(file.getFileName()), text);
			}
		}
	}

}
