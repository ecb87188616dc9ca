package nl.onderwijsgraaf.curation;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code changes} and {@code graphChanged}: the public change feed, as pages and as a subscription. */
@Controller
class ChangesController {

	private final ChangeFeed feed;

	ChangesController(ChangeFeed feed) {
		this.feed = feed;
	}

	@QueryMapping
	Connection<GraphChange> changes(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before) {
		return this.feed.page(PageRequest.of(first, after, last, before));
	}

	@SubscriptionMapping
	Flux<GraphChange> graphChanged() {
		return this.feed.subscribe();
	}

}
