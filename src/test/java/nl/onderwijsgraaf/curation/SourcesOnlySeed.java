package nl.onderwijsgraaf.curation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A seed of just the source documents, for tests that start services of their own and only need curation to cite
 * sources: the start then takes seconds instead of the full seed load.
 */
public final class SourcesOnlySeed {

	private SourcesOnlySeed() {
	}

	/** Writes it into {@code directory}; returns the {@code onderwijsgraaf.seed.location} argument that reads it. */
	public static String writeTo(Path directory) throws IOException {
		try (InputStream sources = SourcesOnlySeed.class.getResourceAsStream("/graph-seed/sources.yaml")) {
			Files.copy(sources, directory.resolve("sources.yaml"));
		}
		return "--onderwijsgraaf.seed.location=file:" + directory + "/";
	}

}
