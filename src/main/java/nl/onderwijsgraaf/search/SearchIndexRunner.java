package nl.onderwijsgraaf.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the seed runner ({@code @Order(0)}) has loaded the graph: builds the search index if stale, before
 * the service reports ready; opens a current one beside it, since searches wait for it and nothing else needs it.
 */
@Component
@Order(10)
class SearchIndexRunner implements ApplicationRunner {

	private final SearchIndex index;

	SearchIndexRunner(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.index.isCurrent()) {
			Thread opener = new Thread(this.index::refreshIfStale, "search-index-open");
			opener.setDaemon(true);
			opener.start();
			return;
		}
		this.index.refreshIfStale();
	}

}
