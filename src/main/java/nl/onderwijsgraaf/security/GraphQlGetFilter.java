package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import graphql.language.OperationDefinition;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.ParsedDocuments;
import nl.onderwijsgraaf.api.ReadVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…} for queries, as the GraphQL-over-HTTP
 * specification describes: answered as the same request sent with POST (and so counted, limited and kept like it),
 * and, without an {@code Authorization} header, with an (weak) {@code ETag} of the graph's {@link ReadVersion} and
 * {@code Cache-Control: public, no-cache}, so that browsers and HTTP caches ask again with {@code If-None-Match} and
 * get {@code 304 Not Modified} while the graph is unchanged. A mutation over GET is refused with 405, since a GET
 * must not change anything (a link or a prefetch could send it). The ETag is read before the query runs, so an
 * answer is never tagged with a version later than the one it was read under.
 */
public final class GraphQlGetFilter extends OncePerRequestFilter {

	/** Request attribute set on a GET that this filter turned into a POST. */
	public static final String SENT_WITH_GET = GraphQlGetFilter.class.getName() + ".get";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	private final ParsedDocuments documents;

	private final ReadVersion version;

	/**
	 * Names this run of the service in every ETag, since the read version counts from zero at each start: a tag kept
	 * from before a restart must not match an answer computed after it.
	 */
	private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);

	GraphQlGetFilter(String path, ParsedDocuments documents, ReadVersion version) {
		this.path = path;
		this.documents = documents;
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// only a WebSocket upgrade is not ours: Java's HttpClient offers h2c on every plain GET
		return !"GET".equals(request.getMethod()) || "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))
				|| !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()))
				|| (request.getParameter("query") == null && request.getParameter("extensions") == null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		String query = request.getParameter("query");
		String operationName = request.getParameter("operationName");
		try {
			putIfPresent(body, "query", query);
			putIfPresent(body, "operationName", operationName);
			putIfPresent(body, "variables", json(request.getParameter("variables")));
			putIfPresent(body, "extensions", json(request.getParameter("extensions")));
		}
		catch (JacksonException ex) {
			HttpErrors.write(response, 400, ErrorCode.BAD_USER_INPUT,
					"The variables and extensions parameters must each be a JSON object");
			return;
		}
		if (query != null && !isQuery(this.documents, query, operationName)) {
			refuseUnsafe(response);
			return;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			// Weak: the answer is the same data, but gzipped or not it is not the same bytes (and Tomcat compresses
			// no answer with a strong ETag).
			String etag = "W/\"" + this.instance + "-" + this.version.readVersion() + "\"";
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
		request.setAttribute(SENT_WITH_GET, Boolean.TRUE);
		chain.doFilter(new PostRequest(request, JSON.writeValueAsBytes(body)), response);
	}

	/** Whether a GET may run the document: a query, or a document the engine will refuse anyway. */
	public static boolean isQuery(ParsedDocuments documents, String query, String operationName) {
		return documents.operation(query, operationName)
			.map((found) -> found.operationDefinition.getOperation() == OperationDefinition.Operation.QUERY)
			.orElse(true);
	}

	/** The answer to a mutation or subscription sent with GET. */
	public static void refuseUnsafe(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ALLOW, "POST");
		HttpErrors.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED,
				"Only queries may be sent with GET; send mutations with POST");
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
				return true;
			}
		}
		return false;
	}

	/** An entity tag without its weakness marker: If-None-Match compares tags weakly. */
	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static Object json(String text) {
		return (text != null && !text.isBlank()) ? JSON.readValue(text, Map.class) : null;
	}

	private static void putIfPresent(Map<String, Object> body, String name, Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	/** The GET as the POST with a JSON body that it stands for. */
	private static final class PostRequest extends RequestBodyFilter.BufferedBodyRequest {

		PostRequest(HttpServletRequest request, byte[] body) {
			super(request, body);
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_JSON_VALUE;
		}

		@Override
		public String getHeader(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				return getContentType();
			}
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return Integer.toString(body().length);
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return Collections.enumeration(List.of(getHeader(name)));
			}
			return super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			names.add(HttpHeaders.CONTENT_TYPE);
			names.add(HttpHeaders.CONTENT_LENGTH);
			return Collections.enumeration(names.stream().distinct().toList());
		}

	}

}
