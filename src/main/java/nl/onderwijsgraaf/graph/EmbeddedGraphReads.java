package nl.onderwijsgraaf.graph;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * {@link GraphReads} inside the process, on the embedded engine's own transactions: no Bolt connection, no
 * serialisation to packstream and back, no driver session. The profiles of issue 14 (README, "Reads computed
 * afresh") showed Bolt, netty and the driver taking about a fifth of the CPU of an uncached request, and the
 * request threads waiting on Bolt round trips most of their time. Each read gets a transaction of its own that
 * Neo4j ends at the operation's deadline ({@link ReadDeadline}); a read Neo4j ended so fails as the driver's would,
 * with the driver's {@code TransactionTimedOut} code, so that one error mapping serves both ways.
 */
public final class EmbeddedGraphReads implements GraphReads {

	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	private final EmbeddedNeo4j engine;

	private final Duration timeout;

	public EmbeddedGraphReads(EmbeddedNeo4j engine, Duration timeout) {
		this.engine = engine;
		this.timeout = timeout;
	}

	@Override
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, (row) -> {
			Map<String, Object> plain = new LinkedHashMap<>(row.size() * 2);
			row.forEach((column, value) -> plain.put(column, plain(value)));
			return plain;
		});
	}

	@Override
	public List<Record> records(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, (row) -> {
			List<String> keys = new ArrayList<>(row.keySet());
			List<Value> values = new ArrayList<>(keys.size());
			keys.forEach((key) -> values.add(Values.value(driverValue(row.get(key)))));
			return new InternalRecord(keys, values);
		});
	}

	@Override
	public <T> T operation(Supplier<T> operation) {
		return ReadDeadline.within(this.timeout, operation);
	}

	private <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Map<String, Object>, T> mapper) {
		GraphDatabaseService database = this.engine.database();
		try (Transaction tx = database.beginTx(ReadDeadline.remainingMillis(this.timeout), TimeUnit.MILLISECONDS);
				Result result = tx.execute(cypher, parameters)) {
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(mapper.apply(result.next()));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			if (timedOut(ex)) {
				throw new ClientException(TIMED_OUT, "The read ran past the operation's time limit");
			}
			throw ex;
		}
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = (cause instanceof Status.HasStatus status) ? status.status().code().serialize()
					: (cause instanceof QueryExecutionException query) ? query.getStatusCode() : null;
			if (code != null && code.startsWith(TIMED_OUT)) {
				return true;
			}
		}
		return false;
	}

	/** Property arrays come back as Java arrays in-process, as lists through the driver: lists here as well. */
	private static Object plain(Object value) {
		return copy(value, false);
	}

	/** {@link #plain}, with the engine's nodes, relationships and paths as the driver's, which its values can hold. */
	private static Object driverValue(Object value) {
		return copy(value, true);
	}

	private static Object copy(Object value, boolean driverEntities) {
		if (driverEntities && (value instanceof Entity || value instanceof Path)) {
			return driverEntity(value);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copied = new LinkedHashMap<>(map.size() * 2);
			map.forEach((k, v) -> copied.put((String) k, copy(v, driverEntities)));
			return copied;
		}
		if (value instanceof List<?> list) {
			List<Object> copied = new ArrayList<>(list.size());
			list.forEach((v) -> copied.add(copy(v, driverEntities)));
			return copied;
		}
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> copied = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				copied.add(copy(Array.get(value, i), driverEntities));
			}
			return copied;
		}
		return value;
	}

	private static Object driverEntity(Object value) {
		if (value instanceof Path path) {
			List<org.neo4j.driver.types.Entity> alternating = new ArrayList<>();
			path.forEach((entity) -> alternating.add((org.neo4j.driver.types.Entity) driverEntity(entity)));
			return new InternalPath(alternating);
		}
		if (value instanceof Node node) {
			return new InternalNode(node.getId(), node.getElementId(),
					StreamSupport.stream(node.getLabels().spliterator(), false).map(Label::name).toList(),
					properties(node));
		}
		Relationship relationship = (Relationship) value;
		return new InternalRelationship(relationship.getId(), relationship.getElementId(),
				relationship.getStartNode().getId(), relationship.getStartNode().getElementId(),
				relationship.getEndNode().getId(), relationship.getEndNode().getElementId(),
				relationship.getType().name(), properties(relationship));
	}

	private static Map<String, Value> properties(Entity entity) {
		Map<String, Value> properties = new LinkedHashMap<>();
		entity.getAllProperties().forEach((key, value) -> properties.put(key, Values.value(plain(value))));
		return properties;
	}

}
