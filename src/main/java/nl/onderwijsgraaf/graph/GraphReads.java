package nl.onderwijsgraaf.graph;

import java.util.List;
import java.util.Map;

/**
 * Read-only Cypher for the API's compiled reads, one implementation per way of reaching Neo4j: inside the process
 * for the embedded engine ({@link EmbeddedGraphReads}, no Bolt, no serialisation), through the driver for an
 * external server ({@link DriverGraphReads}). Queries must return projected values only (maps, lists, strings,
 * numbers, booleans), never nodes or relationships, so that both give the same plain Java values: text as
 * {@code String}, integers as {@code Long}, floats as {@code Double}, lists as {@code List}, maps as {@code Map}.
 */
public interface GraphReads {

	/** Runs {@code cypher} with {@code parameters} in a read transaction that ends at the request timeout. */
	List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

}
