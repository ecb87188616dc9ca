package nl.onderwijsgraaf.graph;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/** With an external Neo4j ({@code spring.neo4j.uri} set) the API's reads go through the driver. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.neo4j.uri")
class GraphReadsConfiguration {

	@Bean
	GraphReads driverGraphReads(Neo4jClient client, PlatformTransactionManager transactions,
			@Value("${onderwijsgraaf.limits.timeout:10s}") Duration timeout) {
		return new DriverGraphReads(client, transactions, timeout);
	}

}
