package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.ParsedDocuments;
import nl.onderwijsgraaf.api.PersistedQueries;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

/**
 * Automatic persisted queries ({@link PersistedQueries}) on the buffered body, so that the rest of the chain (the
 * read cache, the guard, the engine) sees an ordinary request with its document: a request with only the hash gets
 * the document registered under it, or {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}) so
 * that the client sends it once; a request with hash and document registers it, or is refused with
 * {@code BAD_USER_INPUT} when the hash is not the document's. Comes after the body-size check, which bounds what is
 * parsed here.
 */
final class PersistedQueryFilter extends GraphQlEndpointFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] MARKER = "persistedQuery".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final PersistedQueries queries;

	private final ParsedDocuments documents;

	PersistedQueryFilter(PersistedQueries queries, ParsedDocuments documents, RequestMatcher graphQlRequests) {
		super(graphQlRequests);
		this.queries = queries;
		this.documents = documents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestBodyFilter.BufferedBodyRequest buffered = WebUtils.getNativeRequest(request,
				RequestBodyFilter.BufferedBodyRequest.class);
		Map<String, Object> body = (buffered != null && contains(buffered.body(), MARKER)) ? parse(buffered.body()) : null;
		String hash = (body != null && body.get("extensions") instanceof Map<?, ?> extensions)
				? PersistedQueries.hashOf(extensions) : null;
		if (hash == null) {
			chain.doFilter(request, response);
			return;
		}
		if (body.get("query") instanceof String query) {
			if (!this.queries.register(hash, query)) {
				HttpErrors.write(response, 400, ErrorCode.BAD_USER_INPUT,
						"extensions.persistedQuery.sha256Hash is not the SHA-256 of the query");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		String query = this.queries.document(hash);
		if (query == null) {
			HttpErrors.write(response, 200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
			return;
		}
		String operationName = (body.get("operationName") instanceof String name) ? name : null;
		if (request.getAttribute(GraphQlGetFilter.SENT_WITH_GET) != null
				&& !GraphQlGetFilter.isQuery(this.documents, query, operationName)) {
			GraphQlGetFilter.refuseUnsafe(response);
			return;
		}
		Map<String, Object> withQuery = new LinkedHashMap<>(body);
		withQuery.put("query", query);
		chain.doFilter(new RequestBodyFilter.BufferedBodyRequest(request, JSON.writeValueAsBytes(withQuery)), response);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(byte[] body) {
		try {
			return (JSON.readValue(body, Object.class) instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
		}
		catch (JacksonException ex) {
			return null; // the engine's own body handling reports it
		}
	}

	private static boolean contains(byte[] body, byte[] marker) {
		outer: for (int i = 0; i <= body.length - marker.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (body[i + j] != marker[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
