package nl.onderwijsgraaf.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.Record;

/**
 * Read-only Cypher for every read of the API, one implementation per way of reaching Neo4j: inside the process
 * for the embedded engine ({@link EmbeddedGraphReads}, no Bolt, no serialisation), through the driver for an
 * external server ({@link DriverGraphReads}). {@link #rows} gives plain Java values, for queries that
 * return projected values only (maps, lists, strings, numbers, booleans): text as {@code String}, integers as
 * {@code Long}, floats as {@code Double}, lists as {@code List}, maps as {@code Map}. Each read ends at the
 * operation's deadline ({@link ReadDeadline}).
 */
public interface GraphReads {

	/** Runs {@code cypher} with {@code parameters} in a read transaction that ends at the operation's deadline. */
	List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

	/**
	 * Like {@link #rows}, as the driver's records, for queries that return nodes or relationships: in-process the
	 * engine's nodes become the driver's node values, so mapping code reads both ways alike.
	 */
	List<Record> records(String cypher, Map<String, Object> parameters);

	/**
	 * Runs a query operation whose reads must all end at the request timeout, counted from now: through the driver in
	 * one read transaction that Neo4j ends at the timeout; in-process each read in a transaction of its own that ends
	 * at the operation's deadline. Must be called on the thread that runs the operation's fields.
	 */
	<T> T operation(Supplier<T> operation);

}
