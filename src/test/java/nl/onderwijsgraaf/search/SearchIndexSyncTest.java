package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.NotReadyException;
import nl.onderwijsgraaf.search.SearchIndex.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persisted index as derived data of the graph. Each test opens its own index directory over the shared seeded
 * graph the way the service does at start ({@link SearchIndex#refreshIfStale()}); closing it is a stop or a crash
 * (nothing is committed on close).
 */
@ServiceTest
class SearchIndexSyncTest {

	private static final String GENERATION = "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.generation AS g";

	@Autowired
	Neo4jClient client;

	@TempDir
	Path directory;

	@Test
	void reopensAnIndexThatMatchesTheGraphWithoutRebuilding() throws IOException {
		startAndStop();
		assertStartsSearchable(Origin.OPENED);
	}

	@Test
	void rebuildsAtStartWhenTheGraphChangedAfterTheIndexWasWritten() throws IOException {
		startAndStop();
		long before = generation();
		// What an interrupted write leaves: the graph committed its change and its new generation, the index did not.
		setGeneration(before + 1);
		try {
			SearchIndex index = start();
			try {
				assertThat(index.current().origin()).isEqualTo(Origin.BUILT);
				assertThat(index.current().generation()).isEqualTo(before + 1);
			}
			finally {
				index.destroy();
			}
		}
		finally {
			setGeneration(before);
		}
	}

	@Test
	void rebuildsAtStartWhenTheIndexDirectoryIsGone() throws IOException {
		startAndStop();
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach((f) -> f.toFile().delete());
		}
		assertStartsSearchable(Origin.BUILT);
	}

	@Test
	void rebuildsAtStartWhenTheIndexFilesAreCorrupted() throws IOException {
		startAndStop();
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("write.lock")).toList()) {
				Files.write(file, "not a Lucene file".getBytes());
			}
		}
		assertStartsSearchable(Origin.BUILT);
	}

	@Test
	void aSearchWhileTheIndexIsBuiltAtStartIsRefusedWithACodeNotAnsweredFromAnEmptyIndex() throws IOException {
		SearchIndex index = new SearchIndex(this.client, this.directory, Duration.ZERO);
		try {
			CompletableFuture<Void> started;
			// Why hold the index's lock: the build at start needs it, so it cannot finish before the search below.
			synchronized (index) {
				started = index.startInBackground();
				assertThat(started).as("start-up does not wait for the build").isNotDone();
				assertThatThrownBy(() -> keys(index, "lerarentekort")).isInstanceOfSatisfying(NotReadyException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.SEARCH_NOT_READY));
			}
			started.join();
			assertThat(index.current().origin()).isEqualTo(Origin.BUILT);
			assertThat(keys(index, "lerarentekort")).contains("lerarentekort");
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void aSearchWhileAValidIndexIsReopenedAtStartWaitsForItAndItIsNotRebuilt() throws IOException {
		startAndStop();
		SearchIndex index = new SearchIndex(this.client, this.directory, Duration.ofMinutes(10));
		try {
			CompletableFuture<List<String>> found;
			synchronized (index) {
				assertThat(index.startInBackground()).as("start-up does not wait for the opening").isNotDone();
				found = CompletableFuture.supplyAsync(() -> keys(index, "lerarentekort"));
				assertThat(found).as("no answer before the index is open").isNotDone();
			}
			assertThat(found.join()).contains("lerarentekort");
			assertThat(index.current().origin()).isEqualTo(Origin.OPENED);
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void updateIndexesANewNodeAndDropsADeletedOne() throws IOException {
		SearchIndex index = start();
		try {
			this.client.query("CREATE (:Problem {id: 'test-zeldzaam-knelpunt', name: 'Kwispeldrempel bij leerlingen'})")
				.run();
			index.update("Problem", "test-zeldzaam-knelpunt");
			assertThat(keys(index, "kwispeldrempel")).containsExactly("test-zeldzaam-knelpunt");
			this.client.query("MATCH (p:Problem {id: 'test-zeldzaam-knelpunt'}) DETACH DELETE p").run();
			index.update("Problem", "test-zeldzaam-knelpunt");
			assertThat(keys(index, "kwispeldrempel")).isEmpty();
		}
		finally {
			this.client.query("MATCH (p:Problem {id: 'test-zeldzaam-knelpunt'}) DETACH DELETE p").run();
			index.destroy();
		}
	}

	@Test
	void updateClaimsTheGraphGenerationOnlyWhenNoWriteWasMissed() throws IOException {
		long before = generation();
		SearchIndex index = start();
		try {
			setGeneration(before + 1);
			index.update("Problem", "lerarentekort");
			assertThat(index.current().generation()).as("one write, one update").isEqualTo(before + 1);
			setGeneration(before + 3);
			index.update("Problem", "lerarentekort");
			assertThat(index.current().generation()).as("a write without update").isEqualTo(before + 1);
		}
		finally {
			setGeneration(before);
			index.destroy();
		}
	}

	private void assertStartsSearchable(Origin origin) throws IOException {
		SearchIndex index = start();
		try {
			assertThat(index.current().origin()).isEqualTo(origin);
			assertThat(keys(index, "lerarentekort")).contains("lerarentekort");
		}
		finally {
			index.destroy();
		}
	}

	private SearchIndex start() {
		SearchIndex index = new SearchIndex(this.client, this.directory, Duration.ZERO);
		index.refreshIfStale();
		return index;
	}

	private void startAndStop() throws IOException {
		start().destroy();
	}

	private long generation() {
		return this.client.query(GENERATION).fetchAs(Long.class).mappedBy((ts, r) -> r.get("g").asLong()).one()
			.orElseThrow();
	}

	private void setGeneration(long generation) {
		this.client.query("MATCH (m:GraphMeta {id: 'graph'}) SET m.generation = $g").bind(generation).to("g").run();
	}

	private static List<String> keys(SearchIndex index, String query) {
		return index.search((s) -> SearchService.find(s, query, null, null, 0, 10))
			.hits()
			.stream()
			.map(SearchService.IndexHit::key)
			.toList();
	}

}
