package nl.onderwijsgraaf.graph;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** With an external Neo4j ({@code spring.neo4j.uri} set) the compiled reads go through the driver. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.neo4j.uri")
class GraphReadsConfiguration {

	@Bean
	GraphReads driverGraphReads(Neo4jClient client) {
		return new DriverGraphReads(client);
	}

}
