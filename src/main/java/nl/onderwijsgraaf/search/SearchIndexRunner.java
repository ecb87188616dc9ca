package nl.onderwijsgraaf.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, after the seed runner ({@code @Order(0)}) has loaded the graph: builds the search index if stale. */
@Component
@Order(10)
class SearchIndexRunner implements ApplicationRunner {

	private final SearchIndex index;

	SearchIndexRunner(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.index.refreshIfStale();
	}

}
