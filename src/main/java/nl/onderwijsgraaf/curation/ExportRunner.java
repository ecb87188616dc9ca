package nl.onderwijsgraaf.curation;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --onderwijsgraaf.export.dir=<dir>}: after the start (and the seed load, {@code @Order(0)}) writes the graph
 * as graph-seed files into that directory and exits; without it, does nothing.
 */
@Component
@Order(5)
class ExportRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private final SeedExport export;

	private final ConfigurableApplicationContext context;

	private final String directory;

	ExportRunner(SeedExport export, ConfigurableApplicationContext context,
			@Value("${onderwijsgraaf.export.dir:}") String directory) {
		this.export = export;
		this.context = context;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.isBlank()) {
			return;
		}
		Path target = Path.of(this.directory).toAbsolutePath();
		log.info("Exported the graph as graph-seed files to {}: {}", target, this.export.write(target));
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
