package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without the header stays anonymous (reads are
 * public); a header that names no configured token is marked {@link #INVALID_CREDENTIALS} so that the GraphQL layer
 * answers {@code UNAUTHENTICATED} instead of silently treating the caller as anonymous. The token is never logged.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	/** Request attribute set when an {@code Authorization} header was sent but is not a valid bearer token. */
	static final String INVALID_CREDENTIALS = BearerTokenFilter.class.getName() + ".invalid";

	private static final String BEARER = "Bearer ";

	private final CuratorTokens tokens;

	BearerTokenFilter(CuratorTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null) {
			Optional<Authentication> authentication = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
					? this.tokens.authenticate(header.substring(BEARER.length()).trim()) : Optional.empty();
			authentication.ifPresentOrElse(BearerTokenFilter::signIn,
					() -> request.setAttribute(INVALID_CREDENTIALS, Boolean.TRUE));
		}
		chain.doFilter(request, response);
	}

	/** The caller a valid bearer token identified on this request, or null for an anonymous one. */
	static Authentication authenticatedCaller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) ? authentication : null;
	}

	private static void signIn(Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}

}
