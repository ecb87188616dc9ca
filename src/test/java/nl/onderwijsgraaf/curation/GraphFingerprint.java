package nl.onderwijsgraaf.curation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** Every node and relationship of the knowledge (not the audit log or graph metadata), in a canonical text form. */
final class GraphFingerprint {

	private static final String KNOWLEDGE = "NOT n:AuditEntry AND NOT n:GraphMeta";

	private GraphFingerprint() {
	}

	static List<String> of(Driver driver) {
		try (var session = driver.session()) {
			List<String> lines = new ArrayList<>();
			session.run("MATCH (n) WHERE " + KNOWLEDGE + " RETURN labels(n) AS labels, properties(n) AS props")
				.forEachRemaining((r) -> lines.add(r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
			session.run("MATCH (n)-[r]->(b) WHERE " + KNOWLEDGE + " RETURN labels(n)[0] + ':' + n.id AS a, type(r) AS type,"
					+ " properties(r) AS props, labels(b)[0] + ':' + b.id AS b")
				.forEachRemaining((r) -> lines.add(r.get("a").asString() + " -" + r.get("type").asString()
						+ new TreeMap<>(r.get("props").asMap()) + "-> " + r.get("b").asString()));
			Collections.sort(lines);
			return lines;
		}
	}

}
