package nl.onderwijsgraaf.curation;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.search.SearchIndex;
import nl.onderwijsgraaf.search.SearchIndex.NodeRef;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with the graph by following the audit log. Every change bumps
 * the graph generation and records it on its audit entry, in one transaction; so the entries with generations after
 * the index's name exactly the nodes to index again (each entry's node and the nodes it linked or unlinked; the index
 * adds their current neighbours), in one index update, and when they do not account for every generation in between
 * (a seed load) the index is rebuilt. Called after each mutation of this instance, and every
 * {@code onderwijsgraaf.search.follow-interval} (default 500 ms) for changes other instances make to the same Neo4j:
 * that is how instances scale out without messaging between them.
 */
@Component
class SearchSync implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchSync.class);

	private static final String CHANGES = """
			MATCH (m:GraphMeta {id: 'graph'})
			OPTIONAL MATCH (a:`%s`) WHERE a.generation > $from AND a.generation <= m.generation
			RETURN m.generation AS to, collect({label: a.kind, key: a.key}) AS nodes,
			       reduce(ids = [], related IN collect(coalesce(a.related, [])) | ids + related) AS related,
			       count(a) AS changes
			""".formatted(CurationService.AUDIT_LABEL);

	private final SearchIndex index;

	private final Neo4jClient client;

	private final Duration interval;

	private final boolean shared;

	private ScheduledExecutorService scheduler;

	SearchSync(SearchIndex index, Neo4jClient client,
			@Value("${onderwijsgraaf.search.follow-interval:500ms}") Duration interval,
			@Value("${spring.neo4j.uri:}") String externalUri) {
		this.index = index;
		this.client = client;
		this.interval = interval;
		this.shared = !externalUri.isBlank();
	}

	/** Brings the index up to the graph's current generation, node by node where the audit log allows. */
	@SuppressWarnings("unchecked")
	synchronized void catchUp() {
		long from = this.index.current().generation();
		Map<String, Object> changes = this.client.query(CHANGES).bind(from).to("from").fetch().one().orElse(null);
		if (changes == null || ((Number) changes.get("to")).longValue() == from) {
			return;
		}
		long to = ((Number) changes.get("to")).longValue();
		if (((Number) changes.get("changes")).longValue() == to - from) {
			Set<NodeRef> nodes = new LinkedHashSet<>();
			((List<Map<String, String>>) changes.get("nodes"))
				.forEach((node) -> nodes.add(new NodeRef(node.get("label"), node.get("key"))));
			((List<String>) changes.get("related")).stream()
				.map(GlobalId::decode)
				.forEach((node) -> nodes.add(new NodeRef(node.type(), node.key())));
			this.index.update(nodes, to - from);
		}
		else {
			this.index.refreshIfStale();
		}
	}

	/** Why only once ready: before that the seed may still be loading and the start-up runner builds the index. */
	@EventListener(ApplicationReadyEvent.class)
	void follow() {
		if (!this.shared || this.interval.isZero()) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-follower");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::poll, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void poll() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("Could not follow the graph's changes (will retry): {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
	}

	/** Stops polling before the driver closes. */
	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null && !this.scheduler.isShutdown();
	}

}
