package nl.onderwijsgraaf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --onderwijsgraaf.exit-after-start=true}: exits once every start-up runner has run (schema, seed load, and the
 * search index with {@code onderwijsgraaf.search.await-at-start=true}). The build's class-data training run uses it,
 * so that the archive holds the classes of a whole first start, not only those of the context (Spring's
 * {@code spring.context.exit=onRefresh} stops before the runners).
 */
@Component
@Order(Integer.MAX_VALUE)
class ExitAfterStart implements ApplicationRunner {

	private final ConfigurableApplicationContext context;

	private final boolean exit;

	ExitAfterStart(ConfigurableApplicationContext context,
			@Value("${onderwijsgraaf.exit-after-start:false}") boolean exit) {
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
