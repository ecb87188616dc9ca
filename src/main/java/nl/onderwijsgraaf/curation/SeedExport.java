package nl.onderwijsgraaf.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.seed.SeedKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the graph as it is now as graph-seed files, one per kind in the seed's own format, read in one transaction
 * (a consistent snapshot). Loading the files into an empty store gives the same nodes, properties and relationships:
 * fields and links are written as {@link SeedKind} declares them, every link with its role and provenance, a curated
 * node with its {@code version} and {@code retired} mark; citations are derived again from {@code src}.
 */
@Component
public class SeedExport {

	private final Driver driver;

	public SeedExport(Driver driver) {
		this.driver = driver;
	}

	/** Writes {@code <kind>.yaml} for every kind into {@code directory}; returns the number of entries per file. */
	public Map<String, Integer> write(Path directory) {
		Map<SeedKind, List<Map<String, Object>>> entries;
		try (var session = this.driver.session()) {
			entries = session.executeRead(SeedExport::entries);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		try {
			Files.createDirectories(directory);
			for (var kind : entries.entrySet()) {
				String file = kind.getKey().key() + ".yaml";
				Files.writeString(directory.resolve(file), yaml().dump(Map.of(kind.getKey().key(), kind.getValue())),
						StandardCharsets.UTF_8);
				counts.put(file, kind.getValue().size());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the export to " + directory, ex);
		}
		return counts;
	}

	private static Map<SeedKind, List<Map<String, Object>>> entries(TransactionContext tx) {
		Map<SeedKind, List<Map<String, Object>>> entries = new LinkedHashMap<>();
		// Why remember written relationships: a link declared from both ends (a programme's goals, a goal's
		// programme) is written once, from the first kind that declares it.
		Set<String> written = new HashSet<>();
		for (SeedKind kind : SeedKind.values()) {
			Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
			tx.run("MATCH (n:`" + kind.label() + "`) RETURN properties(n) AS p ORDER BY n.id")
				.forEachRemaining((r) -> {
					Map<String, Object> node = r.get("p").asMap();
					byKey.put((String) node.get("id"), entry(kind, node));
				});
			for (SeedKind.Link link : kind.links().values()) {
				links(tx, kind, link, byKey, written);
			}
			if (kind == SeedKind.COUNTRIES) {
				attributes(tx, byKey);
			}
			entries.put(kind, new ArrayList<>(byKey.values()));
		}
		return entries;
	}

	private static Map<String, Object> entry(SeedKind kind, Map<String, Object> node) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", node.get("id"));
		for (String field : kind.fields().keySet()) {
			if (node.get(field) != null) {
				entry.put(field, node.get(field));
			}
		}
		if (node.get("provenance") != null) {
			entry.put("src", node.get("provenance"));
		}
		if (node.get("version") != null) {
			entry.put("version", ((Number) node.get("version")).intValue());
		}
		if (node.get("retired") != null) {
			entry.put("retired", true);
		}
		if (node.get("formerIds") != null) {
			entry.put("formerIds", node.get("formerIds"));
		}
		return entry;
	}

	@SuppressWarnings("unchecked")
	private static void links(TransactionContext tx, SeedKind kind, SeedKind.Link link,
			Map<String, Map<String, Object>> byKey, Set<String> written) {
		String arrow = link.outgoing() ? "-[r:`" + link.type() + "`]->" : "<-[r:`" + link.type() + "`]-";
		List<String> targets = link.targets().stream().map(SeedKind::label).toList();
		List<Record> records = tx.run("MATCH (n:`" + kind.label() + "`)" + arrow
				+ "(t) WHERE any(l IN labels(t) WHERE l IN $targets)"
				+ " RETURN n.id AS from, t.id AS to, r.role AS role, r.provenance AS src, r.quote AS quote,"
				+ " r.inferred AS inferred, r.note AS note, elementId(r) AS rid"
				+ " ORDER BY from, to, role", Map.of("targets", targets))
			.list();
		for (Record record : records) {
			if (!written.add(record.get("rid").asString())) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", record.get("to").asString());
			put(item, "role", record.get("role"));
			put(item, "src", record.get("src"));
			put(item, "quote", record.get("quote"));
			put(item, "inferred", record.get("inferred"));
			put(item, "note", record.get("note"));
			Map<String, Object> entry = byKey.get(record.get("from").asString());
			((List<Object>) entry.computeIfAbsent(link.name(), (k) -> new ArrayList<>())).add(item);
		}
	}

	@SuppressWarnings("unchecked")
	private static void attributes(TransactionContext tx, Map<String, Map<String, Object>> byKey) {
		tx.run("MATCH (c:Country)-[:HAS_ATTRIBUTE]->(a:CountryAttribute) RETURN c.id AS country, properties(a) AS p"
				+ " ORDER BY a.key")
			.forEachRemaining((r) -> {
				Map<String, Object> attribute = new LinkedHashMap<>(r.get("p").asMap());
				attribute.remove("id");
				Object provenance = attribute.remove("provenance");
				attribute.put("src", provenance);
				((List<Object>) byKey.get(r.get("country").asString())
					.computeIfAbsent("attributes", (k) -> new ArrayList<>())).add(attribute);
			});
	}

	private static void put(Map<String, Object> item, String name, Value value) {
		if (!value.isNull()) {
			item.put(name, value.asObject());
		}
	}

	private static Yaml yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(120);
		return new Yaml(options);
	}

}
