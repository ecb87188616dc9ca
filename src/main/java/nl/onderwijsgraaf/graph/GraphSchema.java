package nl.onderwijsgraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the constraints and indexes declared once in {@code schema/neo4j/*.cypher}. Every statement there is
 * {@code IF NOT EXISTS}, so applying them at each start is idempotent, against the embedded engine or a server.
 */
@Component
public class GraphSchema {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private static final String LOCATION = "classpath:schema/neo4j/*.cypher";

	private final Driver driver;

	public GraphSchema(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		List<String> statements = statements();
		try (var session = this.driver.session()) {
			statements.forEach((statement) -> session.run(statement).consume());
			session.run("CALL db.awaitIndexes(60)").consume();
		}
		log.info("Applied {} schema statements from {}", statements.size(), LOCATION);
	}

	static List<String> statements() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<String> statements = new ArrayList<>();
			for (Resource file : files) {
				String text = file.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
				Arrays.stream(text.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).forEach(statements::add);
			}
			return statements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Neo4j schema files " + LOCATION, ex);
		}
	}

}
