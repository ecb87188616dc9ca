package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts the READMEs state are those of the seed as it is: a changed seed with a stale README fails here,
 * naming the number to write. Compiles the real seed; no Spring, no graph.
 */
class ReadmeCountsTest {

	private static SeedGraph graph;

	private static SeedReport report;

	private static String seedReadme;

	private static String mainReadme;

	@BeforeAll
	static void compileTheRealSeed() throws IOException {
		graph = SeedCompiler.compile(SeedFile.readAll("file:graph-seed/"));
		report = SeedLoader.report(graph, 0);
		seedReadme = Files.readString(Path.of("graph-seed/README.md"));
		mainReadme = Files.readString(Path.of("README.md"));
	}

	@Test
	void theCountsTableStatesNodesAndRelationshipsPerKind() {
		Map<String, String> stated = new LinkedHashMap<>();
		Map<String, String> actual = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| (\\w+) \\| (\\d+)[^|]*\\| (\\d+) \\|$").matcher(seedReadme);
		while (row.find()) {
			stated.put(row.group(1), row.group(2) + " nodes, " + row.group(3) + " relationships");
		}
		report.nodes().forEach((kind, nodes) -> actual.put(kind,
				nodes + " nodes, " + report.relationships().get(kind) + " relationships"));
		assertThat(stated).as("graph-seed/README.md, Counts").isEqualTo(actual);
		assertThat(number(seedReadme, "\\| \\*\\*total\\*\\* \\| \\*\\*(\\d+)\\*\\*")).isEqualTo(report.totalNodes());
		assertThat(number(seedReadme, "\\| \\*\\*total\\*\\* \\| \\*\\*\\d+\\*\\* \\| \\*\\*(\\d+)\\*\\*"))
			.isEqualTo(report.totalRelationships());
	}

	@Test
	void theLoadLineAndTheGraphNodeCountMatchTheSeed() {
		assertThat(number(seedReadme, ": (\\d+) nodes,\\s+\\d+ relationships`")).isEqualTo(report.totalNodes());
		assertThat(number(seedReadme, ": \\d+ nodes,\\s+(\\d+) relationships`")).isEqualTo(report.totalRelationships());
		// the graph holds one bookkeeping node (GraphMeta) besides the seed
		assertThat(number(seedReadme, "\\((\\d+): the `GraphMeta` bookkeeping node\\)")).isEqualTo(report.totalNodes() + 1);
	}

	@Test
	void theCountryAttributeSummaryCountsKeysAndAttributes() {
		long attributes = graph.nodes().stream().filter((n) -> n.label().equals("CountryAttribute")).count();
		long keys = graph.nodes()
			.stream()
			.filter((n) -> n.label().equals("CountryAttribute"))
			.map((n) -> n.properties().get("key"))
			.distinct()
			.count();
		assertThat(number(seedReadme, "(\\d+) keys, \\d+ attributes")).isEqualTo((int) keys);
		assertThat(number(seedReadme, "\\d+ keys, (\\d+) attributes")).isEqualTo((int) attributes);
	}

	@Test
	void theMainReadmeExampleShowsTheNumberOfProblems() {
		assertThat(number(mainReadme, "\\{\"problems\":\\{\"totalCount\":(\\d+)")).isEqualTo(report.nodes().get("problems"));
	}

	private static int number(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		assertThat(matcher.find()).as("README states " + pattern).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
