package nl.onderwijsgraaf;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the Node.js scripts of the client tests (browser and dashboard clients) from their own folders. */
public final class NodeScripts {

	private NodeScripts() {
	}

	/** Skips the calling test, saying why, where Node.js or npm is not installed. */
	public static void assumeNodeAndNpm() {
		assumeTrue(succeeds(List.of("node", "--version")), "Node.js is not installed: skipping the Node.js client tests");
		assumeTrue(succeeds(List.of("npm", "--version")), "npm is not installed: skipping the Node.js client tests");
	}

	/** Installs a client folder's pinned packages from its committed lock file; npm's exit code. */
	public static int installPinned(Path folder) throws IOException, InterruptedException {
		return run(folder, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 5);
	}

	/** Whether a command runs and succeeds, e.g. {@code node --version}: the scripts' tests skip where it does not. */
	public static boolean succeeds(List<String> command) {
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
	 * Runs a command in {@code folder}, its output copied line by line into the test's output (inheriting the fork's
	 * stdout would corrupt Surefire's channel); its exit code, or -1 on timeout.
	 */
	public static int run(Path folder, List<String> command, int timeoutMinutes) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(folder.toFile())
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
