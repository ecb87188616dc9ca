package nl.onderwijsgraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The name a {@code CREATE CONSTRAINT|INDEX name IF NOT EXISTS} statement gives. */
	private static final Pattern NAMED = Pattern.compile("(?is)^CREATE\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b.*");

	/**
	 * Why read the existing schema first: on a fresh engine each statement text costs a planning round, so a
	 * restart runs one {@code SHOW} instead of every statement; what is missing is created in one transaction and
	 * populated once.
	 */
	public void apply() {
		List<String> statements = statements();
		try (var session = this.driver.session()) {
			Set<String> existing = new HashSet<>();
			session.run("SHOW INDEXES YIELD name, owningConstraint").forEachRemaining((r) -> {
				existing.add(r.get("name").asString());
				if (!r.get("owningConstraint").isNull()) {
					existing.add(r.get("owningConstraint").asString());
				}
			});
			List<String> missing = statements.stream().filter((statement) -> {
				Matcher named = NAMED.matcher(statement);
				return !named.matches() || !existing.contains(named.group(1));
			}).toList();
			if (!missing.isEmpty()) {
				session.executeWriteWithoutResult((tx) -> missing.forEach((statement) -> tx.run(statement).consume()));
				session.run("CALL db.awaitIndexes(60)").consume();
			}
			log.info("Schema from {}: {} statements, {} applied", LOCATION, statements.size(), missing.size());
		}
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
