package nl.onderwijsgraaf.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that guards only the GraphQL endpoint (health probes and GraphiQL are not counted or read). */
abstract class GraphQlEndpointFilter extends OncePerRequestFilter {

	private final RequestMatcher graphQlRequests;

	GraphQlEndpointFilter(RequestMatcher graphQlRequests) {
		this.graphQlRequests = graphQlRequests;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.graphQlRequests.matches(request);
	}

}
