package nl.onderwijsgraaf.graph;

import java.net.URI;
import java.time.Duration;

import org.neo4j.driver.AuthToken;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded by default, external by configuration: when {@code spring.neo4j.uri} is not set, this starts the engine
 * in-process and hands Boot a {@link Neo4jConnectionDetails} pointing at its Bolt connector, so that Boot builds the
 * driver, {@code Neo4jClient} and health check exactly as for a remote server. Because the connection details
 * depend on the engine, Spring closes the driver before it stops the engine.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.startInBackground(properties.dataDir(), properties.boltPort(), properties.pageCache());
	}

	/**
	 * Why wait only here: the engine starts while Spring builds the rest of the context, and no bean queries Neo4j
	 * while being built; runners, health checks and requests come after this.
	 */
	@Bean
	SmartInitializingSingleton embeddedNeo4jStarted(EmbeddedNeo4j engine) {
		return engine::awaitStarted;
	}

	/** Reads of the API run inside the process, without Bolt (see {@link EmbeddedGraphReads}). */
	@Bean
	GraphReads embeddedGraphReads(EmbeddedNeo4j engine,
			@Value("${onderwijsgraaf.limits.timeout:10s}") Duration timeout) {
		return new EmbeddedGraphReads(engine, timeout);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j engine) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return engine.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return engine.authToken();
			}
		};
	}

	/** Matches when no external Neo4j is configured. */
	static class NoExternalNeo4j implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.neo4j.uri");
		}

	}

}
