package nl.onderwijsgraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reads the graph through {@link GraphReads} only: in-process there is no transaction per operation, so a
 * read through the driver or {@code Neo4jClient} would run without the request's timeout ({@link ReadDeadline}) and
 * bypass the in-process path. Only the classes below, which write, build or run outside a request, may reach Neo4j
 * otherwise. The check reads the compiled classes' references, so it sees every way of reaching the database.
 */
class ReadsGoThroughGraphReadsTest {

	/** How a class reaches Neo4j other than through {@link GraphReads}, as the compiled class names it. */
	private static final List<String> DIRECT_ACCESS = List.of("org/springframework/data/neo4j/core/Neo4jClient",
			"org/neo4j/driver/Driver;", "org/neo4j/driver/Session", "org/neo4j/graphdb/GraphDatabaseService",
			"org/neo4j/graphdb/Transaction");

	/** The classes allowed direct access, with why. */
	private static final Map<String, String> ALLOWED = Map.ofEntries(
			Map.entry("graph/EmbeddedGraphReads", "implements GraphReads in-process"),
			Map.entry("graph/DriverGraphReads", "implements GraphReads through the driver"),
			Map.entry("graph/GraphReadsConfiguration", "chooses the implementation"),
			Map.entry("graph/EmbeddedNeo4j", "starts the engine"),
			Map.entry("graph/GraphSchema", "applies constraints and indexes at start"),
			Map.entry("graph/StartupReport", "counts the graph once at start"),
			Map.entry("seed/SeedLoader", "writes the seed"),
			Map.entry("curation/CurationService", "writes curators' changes"),
			Map.entry("curation/SeedExport", "exports the graph from the command line, outside a request"),
			Map.entry("curation/SearchSync", "follows changes in the background for the search index"),
			Map.entry("search/SearchIndex", "builds the index in the background"));

	@Test
	void onlyWritersAndBackgroundWorkReachNeo4jOtherThanThroughGraphReads() throws IOException, URISyntaxException {
		Path classes = Path.of(GraphReads.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve("nl/onderwijsgraaf");
		TreeSet<String> direct = new TreeSet<>();
		try (Stream<Path> files = Files.walk(classes)) {
			files.filter((file) -> file.toString().endsWith(".class"))
				.filter(ReadsGoThroughGraphReadsTest::reachesNeo4jDirectly)
				.forEach((file) -> direct.add(topLevelClass(classes.relativize(file))));
		}
		assertThat(direct).as("classes reaching Neo4j directly; an API read must use GraphReads")
			.isSubsetOf(ALLOWED.keySet())
			.contains("graph/EmbeddedGraphReads", "curation/CurationService");
	}

	private static boolean reachesNeo4jDirectly(Path classFile) {
		try {
			String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
			return DIRECT_ACCESS.stream().anyMatch(constants::contains);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code curation/CurationWiring$State.class} → {@code curation/CurationWiring}. */
	private static String topLevelClass(Path relative) {
		String name = relative.toString().replace('\\', '/');
		return name.replaceFirst("(\\$.*)?\\.class$", "");
	}

}
