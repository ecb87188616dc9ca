package nl.onderwijsgraaf.search;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the seed runner ({@code @Order(0)}) has loaded the graph: opens the search index, or builds it when
 * missing or stale, beside readiness. Why not before: only searches need it, they wait for it a few seconds and are
 * then refused with {@code SEARCH_NOT_READY}, while every other read is served at once. With
 * {@code onderwijsgraaf.search.await-at-start=true} the service reports ready only once the index is there (for
 * instances behind a balancer, which then sends no search to an instance that cannot answer it).
 */
@Component
@Order(10)
class SearchIndexRunner implements ApplicationRunner {

	private final SearchIndex index;

	private final boolean awaitAtStart;

	SearchIndexRunner(SearchIndex index, @Value("${onderwijsgraaf.search.await-at-start:false}") boolean awaitAtStart) {
		this.index = index;
		this.awaitAtStart = awaitAtStart;
	}

	@Override
	public void run(ApplicationArguments args) {
		CompletableFuture<Void> started = this.index.startInBackground();
		if (this.awaitAtStart) {
			started.join();
		}
	}

}
