package nl.onderwijsgraaf.curation;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.CypherCondition;
import nl.onderwijsgraaf.api.Keyset;
import nl.onderwijsgraaf.api.PageRequest;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The public change feed, read from the audit log: pages of it ({@code changes}), and a stream of new entries for
 * subscribers ({@code graphChanged}). Why the stream follows the log rather than the mutations of this instance:
 * then a change made through any instance that shares the graph reaches every subscriber, with no messaging between
 * instances. The log is polled every {@code onderwijsgraaf.changes.poll-interval} (default 250 ms), and only while
 * someone subscribes; a poll reads one counter when nothing changed.
 */
@Component
class ChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	private static final String MATCH = "MATCH (n:`" + CurationService.AUDIT_LABEL + "`)";

	private final GraphReads reads;

	private final Duration interval;

	/** Why best effort: a subscriber that cannot keep up must not hold up the others; it can page `changes`. */
	/** Made anew at every start: a sink that was completed at a stop cannot take subscribers again. */
	private volatile Sinks.Many<GraphChange> sink = Sinks.many().multicast().directBestEffort();

	private ScheduledExecutorService scheduler;

	/** The sequence of the last entry pushed. */
	private long pushed;

	ChangeFeed(GraphReads reads, @Value("${onderwijsgraaf.changes.poll-interval:250ms}") Duration interval) {
		this.reads = reads;
		this.interval = interval;
	}

	/** A page of the log, oldest first; keyset-paged on the sequence, so a cursor stays valid as the log grows. */
	Connection<GraphChange> page(PageRequest request) {
		return Keyset.page(this.reads, Cursor.scopeOf("changes"),
				new Keyset.Query<>(MATCH, new CypherCondition("true", Map.of()), "n: n {.*}",
						List.of(new Keyset.SortKey("n.sequence", false)), (row) -> change(Values.value(row.get("n")))),
				request);
	}

	/**
	 * The changes committed from now on, as they are found in the log. The first subscriber marks where the log
	 * stands, since nothing follows it while no one subscribes.
	 */
	Flux<GraphChange> subscribe() {
		return Flux.defer(() -> {
			synchronized (this) {
				if (this.sink.currentSubscriberCount() == 0) {
					this.pushed = latest();
				}
			}
			return this.sink.asFlux();
		});
	}

	synchronized void poll() {
		if (this.sink.currentSubscriberCount() == 0 || latest() <= this.pushed) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", this.pushed);
		this.reads.records(MATCH + " WHERE n.sequence > $from RETURN n ORDER BY n.sequence", parameters)
			.stream()
			.map((record) -> change(record.get("n")))
			.forEach((change) -> {
				this.sink.tryEmitNext(change);
				this.pushed = change.sequence();
			});
	}

	private long latest() {
		return ((Number) this.reads
			.rows("OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.auditSequence, 0) AS latest", Map.of())
			.get(0)
			.get("latest")).longValue();
	}

	private static GraphChange change(org.neo4j.driver.Value n) {
		return new GraphChange(n.get("sequence").asLong(), n.get("at").asString(), n.get("generation").asLong(0),
				n.get("kind").asString(), n.get("key").asString(), n.get("operation").asString());
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the change feed (will retry): {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		this.sink = Sinks.many().multicast().directBestEffort();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "change-feed");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::pollSafely, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Stops polling before the driver closes, and ends every subscription. */
	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		this.sink.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null && !this.scheduler.isShutdown();
	}

}
