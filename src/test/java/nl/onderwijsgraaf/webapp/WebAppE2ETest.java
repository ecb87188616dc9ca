package nl.onderwijsgraaf.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.onderwijsgraaf.NodeScripts;
import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in a real browser: runs {@code src/test/e2e/webapp.spec.mjs} (playwright-core driving Debian's headless
 * Chromium) against the running service, after {@code npm ci} from the committed lock file. Screenshots of every page
 * land in {@code target/e2e-screenshots/}. Skipped, saying why, only where Node.js or Chromium is not installed
 * ({@code .ci/run} installs Chromium when missing).
 */
@ServiceTest
class WebAppE2ETest {

	private static final Path E2E = Path.of("src/test/e2e");

	private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

	private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Test
	void browserScenariosPassInHeadlessChromium() throws Exception {
		NodeScripts.assumeNodeAndNpm();
		assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
				"Chromium is not installed at " + CHROMIUM + " (apt-get install chromium): skipping the browser tests");

		assertThat(NodeScripts.installPinned(E2E)).as("npm ci").isZero();
		int exit = NodeScripts.run(E2E, List.of("node", "webapp.spec.mjs", "http://127.0.0.1:" + this.port,
				SCREENSHOTS.toAbsolutePath().toString()), 4);
		assertThat(exit).as("browser scenarios (see the ok / not ok lines above)").isZero();
	}

}
