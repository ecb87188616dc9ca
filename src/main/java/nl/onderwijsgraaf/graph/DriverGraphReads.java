package nl.onderwijsgraaf.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link GraphReads} through the driver, for an external Neo4j: an operation's reads join one read transaction that
 * Neo4j itself ends when it runs past the request timeout (rounded up to whole seconds, as Spring's transactions
 * count). Why the database's timeout: cancelling the GraphQL execution between fields cannot stop a Cypher query that
 * is already running.
 */
public final class DriverGraphReads implements GraphReads {

	private static final Logger log = LoggerFactory.getLogger(DriverGraphReads.class);

	private final Neo4jClient client;

	private final TransactionTemplate operations;

	public DriverGraphReads(Neo4jClient client, PlatformTransactionManager transactions, Duration timeout) {
		this.client = client;
		this.operations = new TransactionTemplate(transactions);
		this.operations.setReadOnly(true);
		this.operations.setTimeout(wholeSeconds(timeout));
	}

	static int wholeSeconds(Duration timeout) {
		return (int) Math.max(1, timeout.plusNanos(999_999_999).toSeconds());
	}

	@Override
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

	@Override
	public List<Record> records(String cypher, Map<String, Object> parameters) {
		return List.copyOf(
				this.client.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((ts, record) -> record).all());
	}

	@Override
	public <T> T operation(Supplier<T> operation) {
		AtomicReference<T> result = new AtomicReference<>();
		try {
			this.operations.executeWithoutResult((TransactionStatus status) -> {
				status.setRollbackOnly(); // it only reads: nothing to commit
				result.set(operation.get());
			});
		}
		catch (TransactionException ex) {
			if (result.get() == null) {
				throw ex;
			}
			// Why only logged: a transaction Neo4j ended cannot be rolled back, and the answer is complete.
			log.debug("Read transaction ended with {}", ex.toString());
		}
		return result.get();
	}

}
