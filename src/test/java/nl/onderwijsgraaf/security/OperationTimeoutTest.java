package nl.onderwijsgraaf.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Locale;

import graphql.ExecutionInput;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import nl.onderwijsgraaf.api.ParsedDocuments;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation that runs past the timeout is cancelled between fields and answered with {@code TIMEOUT}; shown on
 * a schema of slow fields (200 ms each) with a 50 ms timeout, since no field of the real schema is slow on purpose.
 */
class OperationTimeoutTest {

	private static final String SCHEMA = "type Query { slow: Int first: Int second: Int }";

	private final GraphQlSource source = GraphQlSource.schemaResourceBuilder()
		.schemaResources(new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8)))
		.configureRuntimeWiring((wiring) -> wiring.type("Query", (type) -> type.defaultDataFetcher(slowly())))
		.build();

	private static DataFetcher<Integer> slowly() {
		return (environment) -> {
			Thread.sleep(200);
			return 1;
		};
	}

	private WebGraphQlResponse execute(String document, Duration timeout) {
		LimitsProperties limits = new LimitsProperties(null, null, null, null, null, null, timeout, null, null, null);
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(), new DefaultGraphQlRequest(document), "1", Locale.ROOT);
		return new OperationGuard(limits, this.source, new ParsedDocuments()).intercept(request, (accepted) -> Mono.fromCallable(() -> {
			ExecutionInput input = accepted.toExecutionInput();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, this.source.graphQl().execute(input)));
		})).block();
	}

	@Test
	void anOperationPastTheTimeoutIsCancelledWithCodeTimeout() {
		WebGraphQlResponse response = execute("{ slow first second }", Duration.ofMillis(50));
		assertThat(response.getErrors()).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT"));
	}

	@Test
	void anOperationWithinTheTimeoutRuns() {
		WebGraphQlResponse response = execute("{ slow }", Duration.ofSeconds(5));
		assertThat(response.getErrors()).isEmpty();
		Integer slow = response.field("slow").getValue();
		assertThat(slow).isEqualTo(1);
	}

}
