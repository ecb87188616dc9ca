package nl.onderwijsgraaf.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.graph.TestNeo4j;
import nl.onderwijsgraaf.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph, curated changes included, written as graph-seed files and loaded into an empty store, is the same graph. */
@CuratedServiceTest
class ExportRoundTripTest {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	SeedExport export;

	@Autowired
	Driver driver;

	@Test
	void exportLoadedIntoAnEmptyStoreGivesAnIdenticalGraph(@TempDir Path exportDir, @TempDir Path storeDir) {
		var curator = Testers.curator(this.tester);
		String practice = curator.document("""
				mutation { createInternationalPractice(input: {key: "export-praktijk", name: "Exportpraktijk",
				  summary: "Een praktijk voor de export.", country: "nl", provenance: ["d003 p.7", "d004 p.2"]}) {
				  internationalPractice { id } errors { code message } } }""")
			.execute().path("createInternationalPractice.internationalPractice.id").entity(String.class).get();
		curator.document("""
				mutation($id: ID!) { linkNodes(input: {from: $id, link: "problems", to: "lerarentekort", provenance: "d004 p.3"}) {
				  errors { code } } }""").variable("id", practice).execute();
		curator.document("mutation($id: ID!) { retireNode(input: {id: $id, version: 2}) { errors { code } } }")
			.variable("id", practice).execute().path("retireNode.errors").entityList(Object.class).hasSize(0);
		curator.document("""
				mutation { setCountryAttribute(input: {country: "nl", key: "export-vlag", flag: YES,
				  provenance: ["d003 p.7"]}) { errors { code } } }""").execute();

		Map<String, Integer> written = this.export.write(exportDir);
		assertThat(written).hasSize(13).containsKey("practices.yaml");

		try (TestNeo4j store = new TestNeo4j(storeDir)) {
			new SeedLoader(store.driver()).load("file:" + exportDir + "/");
			List<String> original = GraphFingerprint.of(this.driver);
			assertThat(GraphFingerprint.of(store.driver())).containsExactlyElementsOf(original);
			assertThat(original).anySatisfy((line) -> assertThat(line).contains("export-praktijk").contains("retired=true"));
		}
	}

}
