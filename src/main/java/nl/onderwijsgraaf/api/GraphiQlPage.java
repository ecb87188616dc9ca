package nl.onderwijsgraaf.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.web.servlet.function.RequestPredicates.GET;

/**
 * GraphiQL at {@code /graphiql}, with every asset from the jar (webjars of GraphiQL and React). Why not Spring for
 * GraphQL's own page ({@code spring.graphql.graphiql.enabled}, off): it loads GraphiQL, React and their styles from
 * esm.sh, so it fails on a school or ministry network without internet, and sends every visit to a third party.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

	private static final Resource PAGE = new ClassPathResource("graphiql-offline/index.html");

	private static final Resource START = new ClassPathResource("graphiql-offline/start.js");

	@Bean
	RouterFunction<ServerResponse> graphiQl() {
		return RouterFunctions.route(GET("/graphiql"), (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(PAGE))
			.andRoute(GET("/graphiql/start.js"),
					(request) -> ServerResponse.ok().contentType(MediaType.valueOf("text/javascript")).body(START));
	}

}
