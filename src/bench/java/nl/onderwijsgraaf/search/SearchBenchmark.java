package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import nl.onderwijsgraaf.api.Paging;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Latency harness of the search (not a test: numbers depend on the machine). Starts the service on a temporary
 * embedded store loaded from the seed, then reports p50/p99 of: the full rebuild of the index; {@code search} and
 * {@code suggest} in-process (with and without reading the hit nodes from the graph); and the index part of
 * {@code search} over a generated corpus of 100,000 Dutch-like documents made of the seed's own words.
 * <p>
 * Run from the project directory: {@code mvn -Pbench -q compile exec:exec}. With {@code -Dbench.part=large} only the
 * generated corpus is measured (the service still starts: the corpus is made of the seed's rows), and the slowest
 * queries over it are listed; that saves the seeded part (about 4 minutes) when tuning the large case.
 */
public final class SearchBenchmark {

	static final int WARMUP_ROUNDS = 5, MEASURED_ROUNDS = 30, REBUILDS = 12, CORPUS = 100_000;

	/** Which part runs: {@code all} (the default) or {@code large} (only the generated corpus). */
	static final String PART = System.getProperty("bench.part", "all");

	/**
	 * Where to write each query's page over the generated corpus (hits, scores, total, facets, highlights), or null.
	 * Why: a change meant to be faster only is checked by comparing two runs' files.
	 */
	static final String DUMP = System.getProperty("bench.dump", "").isBlank() ? null : System.getProperty("bench.dump");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<String> queries = queries();
		List<String> prefixes = prefixes(queries);
		System.out.printf("Search benchmark, %s, %d cores, %s %s, Java %s%n", LocalDate.now(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.version"));
		System.out.printf("system load average at start: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Path dataDir = Files.createTempDirectory("onderwijsgraaf-bench");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OnderwijsgraafApplication.class)
			.run("--server.port=0", "--onderwijsgraaf.neo4j.bolt-port=0", "--onderwijsgraaf.neo4j.data-dir=" + dataDir,
					"--logging.level.nl.onderwijsgraaf=WARN",
					// Why: the index is built in the background at start; on a busy machine that takes over 5 s.
					"--onderwijsgraaf.search.ready-wait=300s")) {
			SearchIndex index = app.getBean(SearchIndex.class);
			SearchService service = app.getBean(SearchService.class);
			int documents = index.search((s) -> s.searcher().getIndexReader().numDocs());
			System.out.printf("%nseeded graph: %d documents, %d queries, %d prefixes%n", documents, queries.size(),
					prefixes.size());
			if (!PART.equals("large")) {
				report("full index rebuild (graph reads + indexing + commit)", 2, REBUILDS, List.of(0),
						(ignored) -> index.refresh());
				report("search, in-process, hits read from the graph", WARMUP_ROUNDS, MEASURED_ROUNDS, queries,
						(q) -> service.search(q, null, null, Paging.of(10, null)));
				report("search, index part only (query, top 10, facets, highlights)", WARMUP_ROUNDS, MEASURED_ROUNDS,
						queries, (q) -> index.search((s) -> SearchService.find(s, q, null, null, 0, 10)));
				// Why: the correction budget bounds a query of 32 unknown long words (issue 11: ~560 ms before).
				String unknown = String.join(" ", java.util.stream.IntStream.range(0, 32)
					.mapToObj((i) -> "onbekendwrd" + (char) ('a' + i % 26) + i).toList());
				report("search of 32 unknown long words, index part", WARMUP_ROUNDS, MEASURED_ROUNDS, List.of(unknown),
						(q) -> index.search((s) -> SearchService.find(s, q, null, null, 0, 10)));
				report("suggest, in-process, nodes read from the graph", WARMUP_ROUNDS, MEASURED_ROUNDS, prefixes,
						(p) -> service.suggest(p, null));
				report("suggest, index part only", WARMUP_ROUNDS, MEASURED_ROUNDS, prefixes,
						(p) -> index.search((s) -> SearchService.suggestions(s, p, null)));
			}
			List<Map<String, Object>> corpus = corpus(new ArrayList<>(index.rows()), CORPUS);
			long started = System.nanoTime();
			SearchIndex large = SearchIndex.ofRows(corpus);
			System.out.printf("%ngenerated corpus: %d documents, indexed in memory in %d ms, %d segment(s)%n", CORPUS,
					(System.nanoTime() - started) / 1_000_000,
					large.search((s) -> s.searcher().getIndexReader().leaves().size()));
			List<Long> cpu = report("search over 100,000 documents, index part (top 10, facets over all hits, highlights)",
					WARMUP_ROUNDS, MEASURED_ROUNDS / 3, queries,
					(q) -> large.search((s) -> SearchService.find(s, q, null, null, 0, 10)));
			if (PART.equals("large")) {
				printSlowest(queries, cpu, MEASURED_ROUNDS / 3);
			}
			if (DUMP != null) {
				dump(queries, large);
			}
			report("suggest over 100,000 documents, index part", WARMUP_ROUNDS, MEASURED_ROUNDS / 3, prefixes,
					(p) -> large.search((s) -> SearchService.suggestions(s, p, null)));
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
			FileSystemUtils.deleteRecursively(dataDir.resolveSibling(dataDir.getFileName() + "-search"));
		}
	}

	/**
	 * Runs {@code action} over all inputs for the warm-up rounds, then times each call of the measured rounds: wall
	 * time, and the CPU time of the calling thread. Why both: on a shared machine the wall time includes waiting for
	 * a core, the thread's CPU time does not (a search runs on the calling thread). Returns the CPU times in the order
	 * of the calls.
	 */
	static <T> List<Long> report(String name, int warmup, int rounds, List<T> inputs, Consumer<T> action) {
		for (int r = 0; r < warmup; r++) {
			inputs.forEach(action);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[rounds * inputs.size()], cpu = new long[nanos.length];
		int i = 0;
		for (int r = 0; r < rounds; r++) {
			for (T input : inputs) {
				long started = System.nanoTime(), startedCpu = threads.getCurrentThreadCpuTime();
				action.accept(input);
				cpu[i] = threads.getCurrentThreadCpuTime() - startedCpu;
				nanos[i++] = System.nanoTime() - started;
			}
		}
		List<Long> cpuByCall = Arrays.stream(cpu).boxed().toList();
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		int p50 = nanos.length / 2, p99 = (int) Math.ceil(nanos.length * 0.99) - 1;
		System.out.printf("%-95s n=%6d  p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms | CPU p50 %8.3f ms  p99 %8.3f ms%n",
				name, nanos.length, nanos[p50] / 1e6, nanos[p99] / 1e6, nanos[nanos.length - 1] / 1e6, cpu[p50] / 1e6,
				cpu[p99] / 1e6);
		System.out.printf("  system load average now: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		return cpuByCall;
	}

	/** Writes each query's page over {@code index} to {@link #DUMP}, one query per block. */
	static void dump(List<String> queries, SearchIndex index) throws IOException {
		StringBuilder out = new StringBuilder();
		for (String query : queries) {
			SearchService.Page page = index.search((s) -> SearchService.find(s, query, null, null, 0, 10));
			out.append(query).append("\ttotal ").append(page.total()).append('\n');
			page.hits().forEach((hit) -> out.append("  ").append(hit.label()).append(':').append(hit.key()).append(' ')
				.append(hit.score()).append(' ').append(hit.highlights()).append('\n'));
			out.append("  ").append(page.facets()).append('\n');
		}
		Files.writeString(Path.of(DUMP), out, StandardCharsets.UTF_8);
		System.out.printf("pages of %d queries written to %s%n", queries.size(), DUMP);
	}

	/** The five inputs with the highest median CPU time over the rounds, as {@link #report} measured them. */
	static <T> void printSlowest(List<T> inputs, List<Long> cpuByCall, int rounds) {
		Map<T, Long> medians = new HashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			long[] times = new long[rounds];
			for (int r = 0; r < rounds; r++) {
				times[r] = cpuByCall.get(r * inputs.size() + i);
			}
			Arrays.sort(times);
			medians.put(inputs.get(i), times[rounds / 2]);
		}
		medians.entrySet().stream().sorted(Map.Entry.<T, Long>comparingByValue().reversed()).limit(5)
			.forEach((e) -> System.out.printf("  slowest: CPU median %8.3f ms  %s%n", e.getValue() / 1e6, e.getKey()));
	}

	/** The relevance suite's queries: what school teams and programme managers type, typos included. */
	static List<String> queries() throws IOException {
		return Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter((l) -> !l.isBlank() && !l.startsWith("#"))
			.map((l) -> l.split("\t")[0])
			.toList();
	}

	/** Prefixes of 1 to 6 letters of each query's first word, as typed into an autocomplete box. */
	static List<String> prefixes(List<String> queries) {
		List<String> prefixes = new ArrayList<>();
		for (String query : queries) {
			String word = query.split(" ")[0];
			for (int n = 1; n <= Math.min(6, word.length()); n++) {
				prefixes.add(word.substring(0, n));
			}
		}
		return prefixes;
	}

	/**
	 * {@code size} documents shaped like the seed's: each takes the kind and facets of a random seed node, a name of
	 * 2–5 words from seed names, a summary of 15–40 and a description of 30–120 words drawn from the seed's texts
	 * (so word frequencies follow the seed's), and the names of 3 random seed nodes as linked names.
	 */
	static List<Map<String, Object>> corpus(List<Map<String, Object>> seed, int size) {
		Random random = new Random(42);
		List<String> nameWords = words(seed, "name");
		List<String> textWords = new ArrayList<>(words(seed, "summary"));
		textWords.addAll(words(seed, "description"));
		List<Map<String, Object>> rows = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Map<String, Object> row = new HashMap<>(seed.get(random.nextInt(seed.size())));
			row.put("key", "gen-" + i);
			row.put("name", sentence(random, nameWords, 2 + random.nextInt(4)));
			row.put("nameEn", null);
			row.put("aliases", List.of());
			row.put("summary", sentence(random, textWords, 15 + random.nextInt(26)));
			row.put("description", List.of(sentence(random, textWords, 30 + random.nextInt(91))));
			row.put("linked", Arrays.asList(seed.get(random.nextInt(seed.size())).get("name"),
					seed.get(random.nextInt(seed.size())).get("name"), seed.get(random.nextInt(seed.size())).get("name")));
			rows.add(row);
		}
		return rows;
	}

	private static List<String> words(List<Map<String, Object>> seed, String field) {
		List<String> words = new ArrayList<>();
		for (Map<String, Object> row : seed) {
			Object value = row.get(field);
			List<?> texts = (value instanceof List<?> list) ? list : (value == null) ? List.of() : List.of(value);
			texts.forEach((text) -> words.addAll(Arrays.asList(String.valueOf(text).split("\\s+"))));
		}
		return words;
	}

	private static String sentence(Random random, List<String> words, int length) {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < length; i++) {
			sentence.append((i == 0) ? "" : " ").append(words.get(random.nextInt(words.size())));
		}
		return sentence.toString();
	}

}
