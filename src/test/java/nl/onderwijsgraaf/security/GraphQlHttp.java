package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP to the running service, for requests a GraphQL client would never send (broken JSON, batches, huge
 * bodies, bad headers): the status, the headers and the parsed response, with the checks every answer must pass.
 */
final class GraphQlHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** What an error message may never show: Java, driver, engine or search internals. */
	private static final Pattern LEAK = Pattern.compile("java\\.|javax\\.|jakarta\\.|org\\.neo4j|org\\.apache|lucene"
			+ "|org\\.springframework|nl\\.onderwijsgraaf|Exception|\\tat |Neo\\.(Client|Transient|Database)Error"
			+ "|Caused by|\\bCypher\\b|\\bRETURN\\b|\\bMATCH \\(|\\bUNWIND\\b");

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	GraphQlHttp(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	Answer post(String body, String authorization) {
		return postWithin(null, body, authorization);
	}

	Answer postWithin(java.time.Duration timeout, String body, String authorization) {
		return postWithin(timeout, body, authorization, null);
	}

	/**
	 * Posts the body, with an {@code Idempotency-Key} header when one is given; with a {@code timeout}, an answer that
	 * takes longer fails the test.
	 */
	Answer postWithin(java.time.Duration timeout, String body, String authorization, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (timeout != null) {
			request.timeout(timeout);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer post(String query, Map<String, Object> variables, String authorization) {
		return post(JSON.writeValueAsString((variables != null) ? Map.of("query", query, "variables", variables)
				: Map.of("query", query)), authorization);
	}

	/** One HTTP answer. */
	record Answer(int status, Map<String, List<String>> headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The {@code extensions.code} of every error, in order. */
		List<String> codes() {
			List<String> codes = new ArrayList<>();
			json().path("errors").forEach((error) -> codes.add(error.path("extensions").path("code").asString(null)));
			return codes;
		}

		/**
		 * Checks what every answer must satisfy: no 5xx, every error has a code and a message that shows no
		 * internals (apart from what the request itself sent, which {@code sent} lets through).
		 */
		Answer assertWellFormed(String sent) {
			assertThat(this.status).as("HTTP status of %s", this.body).isLessThan(500);
			JsonNode errors = json().path("errors");
			for (JsonNode error : errors) {
				assertThat(error.path("extensions").path("code").isString()).as("code of %s", error).isTrue();
				String message = error.path("message").asString("");
				String own = (sent != null) ? message.replace(sent.length() > 60 ? sent.substring(0, 60) : sent, "")
						: message;
				assertThat(LEAK.matcher(own).find()).as("internals in message %s", message).isFalse();
				assertThat(error.has("stackTrace") || error.path("extensions").has("exception"))
					.as("stack trace in %s", error).isFalse();
			}
			return this;
		}

	}

}
