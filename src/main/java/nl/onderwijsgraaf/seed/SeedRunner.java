package nl.onderwijsgraaf.seed;

import nl.onderwijsgraaf.graph.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: applies the graph schema, then loads the seed into an empty graph, or again when
 * {@code --onderwijsgraaf.seed.reload=true} is given. A seed error stops the start with its message.
 */
@Component
@Order(0)
@EnableConfigurationProperties(SeedProperties.class)
class SeedRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

	private final GraphSchema schema;

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedRunner(GraphSchema schema, SeedLoader loader, SeedProperties properties) {
		this.schema = schema;
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.schema.apply();
		if (this.properties.reload() || !this.loader.isSeeded()) {
			this.loader.load(this.properties.location());
		}
		else {
			log.info("Graph already seeded; start with --onderwijsgraaf.seed.reload=true to load {} again",
					this.properties.location());
		}
	}

}
