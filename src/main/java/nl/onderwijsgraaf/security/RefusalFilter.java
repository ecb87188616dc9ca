package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import nl.onderwijsgraaf.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every refusal one with an error code. On the GraphQL path it refuses, before any handler sees them, a method
 * other than GET, POST or OPTIONS (405, {@code METHOD_NOT_ALLOWED}: the router would answer 404) and an
 * {@code Accept} header Spring cannot sort (more than 50 media types, or one that does not parse: Spring's router
 * would fail with a 500) or that accepts no JSON (406, {@code NOT_ACCEPTABLE}; the router would answer 415). On every path, an error status the handler set
 * without writing a body (Spring GraphQL's 405 and 415 routes, content negotiation's 406) gets the GraphQL-shaped
 * body of {@link HttpErrors}; errors sent with {@code sendError} get theirs from {@link HttpErrorAttributes}.
 */
final class RefusalFilter extends OncePerRequestFilter {

	/** Spring's media-type sorting ({@code MimeTypeUtils.sortBySpecificity}) refuses longer lists. */
	static final int MAX_ACCEPTED_MEDIA_TYPES = 50;

	private static final Set<String> GRAPHQL_METHODS = Set.of("GET", "POST", "OPTIONS");

	/** What the GraphQL endpoint answers in: JSON, GraphQL-over-HTTP's JSON, server-sent events. */
	private static final List<MediaType> GRAPHQL_ANSWERS = List.of(MediaType.APPLICATION_JSON,
			MediaType.parseMediaType("application/graphql-response+json"), MediaType.TEXT_EVENT_STREAM);

	private final RequestMatcher graphQlRequests;

	RefusalFilter(RequestMatcher graphQlRequests) {
		this.graphQlRequests = graphQlRequests;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.graphQlRequests.matches(request)) {
			if (!GRAPHQL_METHODS.contains(request.getMethod())) {
				response.setHeader(HttpHeaders.ALLOW, "GET, POST");
				HttpErrors.write(response, 405, ErrorCode.METHOD_NOT_ALLOWED,
						"The GraphQL endpoint takes POST (and GET for queries), not " + request.getMethod());
				return;
			}
			List<MediaType> accepted = accepted(request);
			if (accepted == null) {
				HttpErrors.write(response, 406, ErrorCode.NOT_ACCEPTABLE, "The Accept header must list at most "
						+ MAX_ACCEPTED_MEDIA_TYPES + " valid media types; send `Accept: application/json`");
				return;
			}
			if (!accepted.isEmpty() && accepted.stream()
				.noneMatch((type) -> GRAPHQL_ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
				HttpErrors.write(response, 406, ErrorCode.NOT_ACCEPTABLE,
						"The GraphQL endpoint answers in JSON; send `Accept: application/json`");
				return;
			}
		}
		ErrorWatch watched = new ErrorWatch(response);
		chain.doFilter(request, watched);
		int status = watched.getStatus();
		if (status >= 400 && !watched.answered && !request.isAsyncStarted() && !response.isCommitted()) {
			HttpErrors.write(response, status, HttpErrors.codeOf(status), messageOf(status));
		}
	}

	/** The media types the request accepts (empty: any), or null when they do not parse or are too many. */
	private static List<MediaType> accepted(HttpServletRequest request) {
		try {
			List<MediaType> types = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
			return (types.size() <= MAX_ACCEPTED_MEDIA_TYPES) ? types : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String messageOf(int status) {
		return switch (status) {
			case 405 -> "This method is not allowed here";
			case 406 -> "None of the media types in the Accept header can be sent; ask for application/json";
			case 415 -> "Send the request body as application/json";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield (known != null) ? known.getReasonPhrase() : "The request was refused";
			}
		};
	}

	/** Notes whether the handler wrote a body or sent an error (which the error page then answers). */
	private static final class ErrorWatch extends HttpServletResponseWrapper {

		private boolean answered;

		ErrorWatch(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			this.answered = true;
			super.sendError(status, message);
		}

		@Override
		public void sendError(int status) throws IOException {
			this.answered = true;
			super.sendError(status);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.answered = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.answered = true;
			return super.getWriter();
		}

	}

}
