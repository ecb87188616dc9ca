package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests of round two (issue 13), written as an attacker would send them: oversized headers and request
 * lines, directive and alias abuse, odd bodies, persisted-query tricks, nested relationship filters, tampered cursors
 * on every list, and WebSocket abuse. Each is refused with a specific code, logs no stack trace, and leaves the
 * service answering.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private CapturedOutput output;

	@AfterEach
	void loggedNoStackTraceAndStillAnswers() {
		if (this.output != null) {
			assertThat(this.output.getOut()).as("log").doesNotContain("\tat ").doesNotContain(" ERROR ");
		}
		assertThat(post(Map.of(), "{\"query\": \"{ __typename }\"}").body()).contains("\"Query\"");
	}

	@Test
	void headersOrARequestLineOverTheLimitAreRefusedAsJsonWithACode(CapturedOutput output) {
		this.output = output;
		assertRefused(post(Map.of("X-Padding", "a".repeat(60_000)), "{\"query\": \"{ __typename }\"}"), 400,
				"REQUEST_HEADER_TOO_LARGE");
		assertRefused(post(Map.of("Authorization", "Bearer " + "A".repeat(20_000)), "{\"query\": \"mutation { x }\"}"),
				400, "REQUEST_HEADER_TOO_LARGE");
		String longQuery = URLEncoder.encode("{ " + "__typename ".repeat(6_000) + "}", UTF_8);
		assertRefused(get("/graphql?query=" + longQuery), 400, "REQUEST_HEADER_TOO_LARGE");
	}

	@Test
	void documentAbuseIsRefusedByTheParserTheValidatorOrTheLimits(CapturedOutput output) {
		this.output = output;
		assertRefused(query("{ __typename " + "@skip(if: false) ".repeat(3_000) + "}"), 200, "GRAPHQL_PARSE_FAILED");
		assertRefused(query("{ __typename " + IntStream.range(0, 3_000).mapToObj((i) -> "@d" + i)
			.collect(Collectors.joining(" ")) + "}"), 200, "GRAPHQL_VALIDATION_FAILED");
		assertRefused(query("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), 200,
				"GRAPHQL_VALIDATION_FAILED");
		assertRefused(query("{" + IntStream.range(0, 300)
			.mapToObj((i) -> "a" + i + ": interventions(first: 100) { edges { node { name } } }")
			.collect(Collectors.joining(" ")) + "}"), 200, "TOO_MANY_ROOT_FIELDS");
		String introspection = "__schema { types { name fields { name type { name ofType { name } } } } }";
		assertRefused(query("{" + IntStream.range(0, 40).mapToObj((i) -> "a" + i + ": " + introspection)
			.collect(Collectors.joining(" ")) + "}"), 200, "TOO_MANY_ROOT_FIELDS");
		assertRefused(query("{ __type(name: \"Query\") { " + "fields { type { ".repeat(30) + "name" + " } }".repeat(30)
				+ " } }"), 200, "QUERY_TOO_COMPLEX");
	}

	@Test
	void oddBodiesAndContentTypesAreRefusedWithACode(CapturedOutput output) {
		this.output = output;
		String ok = "{\"query\": \"{ __typename }\"}";
		assertRefused(post(Map.of("Content-Type", "application/xml"), "<query>{ __typename }</query>"), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		assertRefused(post(Map.of("Content-Type", "multipart/form-data; boundary=b"),
				"--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ __typename }\r\n--b--\r\n"), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		assertRefused(post(Map.of(), ok + " {\"query\": \"mutation { x }\"}"), 400, "BAD_REQUEST");
		assertRefused(post(Map.of(), "{\"query\": \"{ __typename }\", \"variables\": {\"a\": NaN}}"), 400, "BAD_REQUEST");
		assertRefused(post(Map.of("Accept", "image/png"), ok), 406, "NOT_ACCEPTABLE");
		String large = "{\"query\": \"query($ids: [ID!]!) { nodes(ids: $ids) { id } }\", \"variables\": {\"ids\": ["
				+ String.join(",", Collections.nCopies(200_000, "\"UHJvYmxlbTp4\"")) + "]}}";
		assertRefused(post(Map.of(), large), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void persistedQueryTricksAndMutationsOverGetAreRefused(CapturedOutput output) {
		this.output = output;
		assertRefused(post(Map.of(), "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
				+ "zz".repeat(32) + "\"}}}"), 200, "PERSISTED_QUERY_NOT_FOUND");
		assertRefused(post(Map.of(), "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": "
				+ "{\"version\": 1, \"sha256Hash\": \"" + "0".repeat(64) + "\"}}}"), 400, "BAD_USER_INPUT");
		assertRefused(get("/graphql?query=" + URLEncoder.encode("mutation { retireNode(input: {id: \"x\"}) { errors { message } } }", UTF_8)),
				405, "METHOD_NOT_ALLOWED");
		assertRefused(get("/graphql?query=%7B__typename%7D&variables=%7Bnot"), 400, "BAD_USER_INPUT");
	}

	@Test
	void nestedRelationshipFiltersCostTooMuch(CapturedOutput output) {
		this.output = output;
		String related = "{name: {contains: \"a\"}}";
		for (int i = 0; i < 40; i++) {
			related = "{related: " + related + "}";
		}
		assertRefused(query("{ problems(where: " + related + ") { totalCount } }"), 200, "FILTER_TOO_COMPLEX");
		String chain = "{name: {contains: \"a\"}}";
		for (int i = 0; i < 6; i++) {
			chain = "{interventions: {problems: " + chain + "}}";
		}
		assertRefused(query("{ problems(where: " + chain + ") { totalCount } }"), 200, "FILTER_TOO_COMPLEX");
		String and = IntStream.range(0, 200)
			.mapToObj((i) -> "{interventions: {problems: {interventions: {name: {contains: \"e\"}}}}}")
			.collect(Collectors.joining(", "));
		assertRefused(query("{ problems(where: {AND: [" + and + "]}) { totalCount } }"), 200, "FILTER_TOO_COMPLEX");
		assertRefused(query("{ interventionStats(where: {problems: {interventions: {problems: {interventions: "
				+ "{name: {contains: \"a\"}}}}}}) { byProblem { value count } } }"), 200, "FILTER_TOO_COMPLEX");
	}

	/** Every keyset list: a cursor whose sort key was swapped for a map or a number beyond 64 bits. */
	@Test
	void tamperedCursorsAreRefusedOnEveryList(CapturedOutput output) {
		this.output = output;
		List<String> lists = List.of("evidenceItems", "sources", "countries", "practices", "interventions", "sectors",
				"targetGroups", "places", "problems", "programmes", "goals", "events", "stakeholders");
		for (String list : lists) {
			String cursor = query("{ " + list + "(first: 1) { pageInfo { endCursor } } }").json().path("data")
				.path(list).path("pageInfo").path("endCursor").asString();
			JsonNode fields = GraphQlHttp.JSON.readTree(Base64.getUrlDecoder().decode(cursor));
			int size = fields.path("k").size();
			String scope = fields.path("s").asString();
			for (String key : List.of("{\"a\": 1}", "1180591620717411303424")) {
				String keys = String.join(",", Collections.nCopies(size, key));
				String tampered = Base64.getUrlEncoder().withoutPadding()
					.encodeToString(("{\"s\":\"" + scope + "\",\"k\":[" + keys + "]}").getBytes(UTF_8));
				assertRefused(query("{ " + list + "(first: 1, after: \"" + tampered + "\") { totalCount } }"), 200,
						"BAD_USER_INPUT");
				assertRefused(query("{ " + list + "(last: 1, before: \"" + tampered + "\") { totalCount } }"), 200,
						"BAD_USER_INPUT");
			}
		}
	}

	@Test
	void webSocketAbuseIsClosedWithTheProtocolsCodes(CapturedOutput output) {
		this.output = output;
		assertThat(closeCode(List.of("{not json"))).as("a message that is not JSON").isEqualTo(4400);
		List<String> burst = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			burst.add("{\"type\": \"connection_init\"}");
		}
		assertThat(closeCode(burst)).as("a burst of connection_init").isEqualTo(4429);
		assertThat(closeCode(List.of("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": "
				+ "{\"query\": \"subscription { graphChanged { key } }\"}}"))).as("subscribe before init").isEqualTo(4401);
		assertThat(closeCode(List.of("{\"type\": \"connection_init\"}",
				"{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"subscription { "
						+ "a: graphChanged { key } ".repeat(1_000) + "}\"}}")))
			.as("a message over the size limit").isEqualTo(1009);
	}

	/** The close code the server ends a connection with after {@code messages}. */
	private int closeCode(List<String> messages) {
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		WebSocket socket = this.client.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
					closed.complete(statusCode);
					return null;
				}

				@Override
				public void onError(WebSocket webSocket, Throwable error) {
					closed.completeExceptionally(error);
				}
			})
			.join();
		for (String message : messages) {
			if (closed.isDone()) {
				break;
			}
			socket.sendText(message, true).exceptionally((ex) -> null).join();
		}
		return closed.join();
	}

	private static void assertRefused(GraphQlHttp.Answer answer, int status, String code) {
		assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
		assertThat(answer.codes()).as("codes of %s", answer.body()).isNotEmpty().containsOnly(code);
		answer.assertWellFormed(null);
	}

	private GraphQlHttp.Answer query(String query) {
		return post(Map.of(), GraphQlHttp.JSON.writeValueAsString(Map.of("query", query)));
	}

	private GraphQlHttp.Answer post(Map<String, String> headers, String body) {
		Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
		all.putAll(headers);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
		all.forEach(request::header);
		return send(request.build());
	}

	private GraphQlHttp.Answer get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery)).GET().build());
	}

	private GraphQlHttp.Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new GraphQlHttp.Answer(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
