package nl.onderwijsgraaf.search;

import java.util.List;

import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search} and {@code suggest}: Dutch full-text search over the graph (schema/graphql/search.graphqls). */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	SearchResults search(@Argument String query, @Argument List<SearchKind> kinds,
			@Argument SearchFilter where, @Argument Integer first, @Argument String after) {
		return this.search.search(query, kinds, where, Paging.of(Cursor.scopeOf("search", query, kinds, where), first, after));
	}

	@QueryMapping
	List<SearchResults.Suggestion> suggest(@Argument String prefix, @Argument List<SearchKind> kinds) {
		return this.search.suggest(prefix, kinds);
	}

}
