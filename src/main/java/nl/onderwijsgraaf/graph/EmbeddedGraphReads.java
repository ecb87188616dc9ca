package nl.onderwijsgraaf.graph;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * {@link GraphReads} inside the process, on the embedded engine's own transactions: no Bolt connection, no
 * serialisation to packstream and back, no driver session. The profile of issue 14 (README, "Read performance")
 * showed Bolt, netty and the driver taking about a fifth of the CPU of an uncached request, next to the round trips
 * themselves. Each read gets a transaction of its own that Neo4j ends at the request timeout, as the driver path's
 * operation transaction does.
 */
public final class EmbeddedGraphReads implements GraphReads {

	private final EmbeddedNeo4j engine;

	private final long timeoutMillis;

	public EmbeddedGraphReads(EmbeddedNeo4j engine, Duration timeout) {
		this.engine = engine;
		this.timeoutMillis = Math.max(1, timeout.toMillis());
	}

	@Override
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		GraphDatabaseService database = this.engine.database();
		try (Transaction tx = database.beginTx(this.timeoutMillis, TimeUnit.MILLISECONDS);
				Result result = tx.execute(cypher, parameters)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				Map<String, Object> plain = new LinkedHashMap<>(row.size() * 2);
				row.forEach((column, value) -> plain.put(column, plain(value)));
				rows.add(plain);
			}
			return rows;
		}
	}

	/** Property arrays come back as Java arrays in-process, as lists through the driver: lists here as well. */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
			map.forEach((k, v) -> plain.put((String) k, plain(v)));
			return plain;
		}
		if (value instanceof List<?> list) {
			List<Object> plain = new ArrayList<>(list.size());
			list.forEach((v) -> plain.add(plain(v)));
			return plain;
		}
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> plain = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				plain.add(plain(Array.get(value, i)));
			}
			return plain;
		}
		return value;
	}

}
