package nl.onderwijsgraaf.seed;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a seed load wrote, per kind (YAML key): nodes and the relationships its entries declare.
 * @param millis how long validation and the write took
 */
public record SeedReport(Map<String, Integer> nodes, Map<String, Integer> relationships, long millis) {

	public int totalNodes() {
		return this.nodes.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int totalRelationships() {
		return this.relationships.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** A table with one line per kind, for the log. */
	public String table() {
		return this.nodes.keySet()
			.stream()
			.map((kind) -> String.format("  %-14s %5d nodes %6d relationships", kind, this.nodes.get(kind),
					this.relationships.getOrDefault(kind, 0)))
			.collect(Collectors.joining("\n"));
	}

}
