package nl.onderwijsgraaf.webapp;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
		assumeTrue(succeeds(List.of("node", "--version")), "Node.js is not installed: skipping the browser tests");
		assumeTrue(succeeds(List.of("npm", "--version")), "npm is not installed: skipping the browser tests");
		assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
				"Chromium is not installed at " + CHROMIUM + " (apt-get install chromium): skipping the browser tests");

		assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 5)).as("npm ci").isZero();
		int exit = run(List.of("node", "webapp.spec.mjs", "http://127.0.0.1:" + this.port,
				SCREENSHOTS.toAbsolutePath().toString()), 4);
		assertThat(exit).as("browser scenarios (see the ok / not ok lines above)").isZero();
	}

	private static boolean succeeds(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Runs a command in the e2e folder, its output copied line by line into the test's output (inheriting the fork's
	 * stdout would corrupt Surefire's channel); its exit code, or -1 on timeout.
	 */
	private static int run(List<String> command, int timeoutMinutes) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(E2E.toFile())
			.redirectErrorStream(true)
			.redirectInput(new File("/dev/null"))
			.start();
		Thread copier = new Thread(() -> {
			try (BufferedReader output = process.inputReader()) {
				output.lines().forEach(System.out::println);
			}
			catch (IOException ex) {
				System.out.println("output of " + command + " lost: " + ex.getMessage());
			}
		});
		copier.start();
		if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return -1;
		}
		copier.join();
		return process.exitValue();
	}

}
