package nl.onderwijsgraaf.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import nl.onderwijsgraaf.model.GraphModel;

/**
 * The peer of the side-by-side comparison: @neo4j/graphql behind Apollo Server ({@code server.mjs} in
 * {@code src/load/peer}) on the service's own Bolt, so both read the same store, with type definitions written from
 * the project's model ({@link PeerTypeDefs}). Its npm packages are pinned by the
 * lock file and installed with {@code npm ci} into a folder under {@code target/} (git-ignored), once.
 */
final class Peer {

	private static final List<String> FILES = List.of("package.json", "package-lock.json", "server.mjs", "shapes.mjs",
			"check.mjs");

	private Peer() {
	}

	static Process start(Path source, Path work, String bolt, String boltPassword, int port)
			throws IOException, InterruptedException {
		Files.createDirectories(work);
		for (String file : FILES) {
			Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.createDirectories(work.resolve("queries"));
		try (var queries = Files.list(source.resolve("queries"))) {
			for (Path query : queries.toList()) {
				Files.copy(query, work.resolve("queries").resolve(query.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.writeString(work.resolve("typeDefs.graphql"), PeerTypeDefs.of(GraphModel.graph()));
		if (!Files.isDirectory(work.resolve("node_modules/@neo4j/graphql"))) {
			Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(work.toFile())
				.inheritIO()
				.start();
			if (install.waitFor() != 0) {
				throw new IllegalStateException("npm ci failed in " + work);
			}
		}
		Path log = work.resolve("peer.log");
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs", "typeDefs.graphql", bolt, String.valueOf(port))
			.directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("NODE_ENV", "production");
		if (boltPassword != null) {
			builder.environment().put("NEO4J_PASSWORD", boltPassword);
		}
		Process peer = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline && peer.isAlive()) {
			if (Files.exists(log) && Files.readString(log).contains("ready at")) {
				return peer;
			}
			Thread.sleep(250);
		}
		peer.destroy();
		throw new IllegalStateException("The peer did not start: " + (Files.exists(log) ? Files.readString(log) : ""));
	}

	/**
	 * Runs the peer benchmark's equivalence check ({@code check.mjs}): every shape's answers of the service and of the
	 * peer, normalised, must be the same before anything is timed.
	 */
	static void checkEquivalence(Path work, String serviceUrl, String peerUrl) throws IOException, InterruptedException {
		Process check = new ProcessBuilder("node", "check.mjs", "--project", serviceUrl, "--peer", peerUrl)
			.directory(work.toFile())
			.inheritIO()
			.start();
		if (check.waitFor() != 0) {
			throw new IllegalStateException("The service and the peer answer the shapes differently (check.mjs above)");
		}
	}

}
