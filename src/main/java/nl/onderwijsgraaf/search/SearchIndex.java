package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The application's Lucene index over every searchable node, derived from the graph and kept in memory
 * ({@link ByteBuffersDirectory}: a few thousand short documents, rebuilt in well under a second, nothing to back up).
 * It records the graph generation ({@code (:GraphMeta {id:'graph'}).generation}, bumped by each seed load) it was
 * built from. Searches take the current {@link Snapshot}; a rebuild swaps in a new one atomically.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** Text fields and their weight: why this order — a word in the name says most about what a node is. */
	static final Map<String, Float> TEXT_FIELDS = Map.of("name", 5f, "aliases", 4f, "nameEn", 3f, "summary", 2f,
			"description", 1f, "linked", 0.5f);

	static final String LABEL = "label", KEY = "key", SPELL = "spell", SUGGEST = "suggest", EXACT = "exact";

	/** Why offsets in the postings: the highlighter then reads match positions instead of re-analysing texts. */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	/** One row per searchable node that is not retired: its texts, the names of its neighbours and its facets. */
	private static final String DOCUMENTS = """
			MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.retired IS NULL AND ($keys IS NULL OR n.id IN $keys)
			RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS key,
			       coalesce(n.name, n.title) AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases,
			       coalesce(n.summary, n.claim) AS summary,
			       [x IN [n.description, n.citation, n.strand] WHERE x IS NOT NULL] AS description,
			       [(n)--(m) WHERE NOT m:Source AND coalesce(m.name, m.title) IS NOT NULL | coalesce(m.name, m.title)]
			         AS linked,
			       [(n)-[:SERVES|HAS_GOAL]->(g:Goal {type: 'DOELGEBIED'}) WHERE g.code IS NOT NULL | g.code]
			         + CASE WHEN n:Goal AND n.type = 'DOELGEBIED' AND n.code IS NOT NULL THEN [n.code] ELSE [] END
			         AS doelgebied,
			       [(n)-[:FOR_SECTOR]->(s:Sector) | s.id] AS sector,
			       [(n)-[:FOR_GROUP]->(t:TargetGroup) | t.id] AS targetGroup,
			       CASE WHEN n:Evidence THEN [x IN [n.evidenceStrength] WHERE x IS NOT NULL]
			            ELSE [(n)-[:SUPPORTED_BY]->(e:Evidence) WHERE e.evidenceStrength IS NOT NULL | e.evidenceStrength]
			       END AS evidenceLevels,
			       n.status AS status,
			       [(n)-[:CITES]->(s:Source) | s.id] AS source
			""";

	/** Words of every node's name, for the compound dictionary. */
	private static final String NAMES = """
			MATCH (n) WHERE n.name IS NOT NULL OR n.title IS NOT NULL
			RETURN coalesce(n.name, n.title) AS name
			""";

	private static final String GENERATION = """
			OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.generation, 0) AS generation
			""";

	private final Neo4jClient client;

	private volatile Snapshot snapshot;

	public SearchIndex(Neo4jClient client) {
		this.client = client;
	}

	/** An immutable view of one build of the index: its searcher, analysis chains and graph generation. */
	public record Snapshot(IndexSearcher searcher, DutchAnalysis analysis, Analyzer fieldAnalyzer, long generation,
			long buildMillis) {
	}

	/** Rebuilds the index from the graph now: call it after changing the graph. */
	public synchronized void refresh() {
		build(graphGeneration());
	}

	/** Rebuilds only when the graph's generation differs from the index's; returns whether it rebuilt. */
	public synchronized boolean refreshIfStale() {
		long generation = graphGeneration();
		if (this.snapshot != null && this.snapshot.generation() == generation) {
			return false;
		}
		build(generation);
		return true;
	}

	/** The current build, building it first if none exists yet. */
	public Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null) {
			refreshIfStale();
			current = this.snapshot;
		}
		return current;
	}

	private long graphGeneration() {
		return this.client.query(GENERATION).fetchAs(Long.class).mappedBy((ts, r) -> r.get("generation").asLong())
			.one().orElse(0L);
	}

	private void build(long generation) {
		long started = System.nanoTime();
		DutchAnalysis analysis = DutchAnalysis.load(nameWords());
		Analyzer fieldAnalyzer = new PerFieldAnalyzerWrapper(analysis.index(),
				Map.of(SPELL, analysis.plain(), SUGGEST, analysis.plain()));
		Collection<Map<String, Object>> rows = documents(null);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzer))) {
			for (Map<String, Object> row : rows) {
				writer.addDocument(document(row, analysis.plain()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			long millis = (System.nanoTime() - started) / 1_000_000;
			// Why no close of the previous reader: it is heap only, and searches in flight may still use it.
			this.snapshot = new Snapshot(searcher, analysis, fieldAnalyzer, generation, millis);
			log.info("Search index built from graph generation {}: {} documents in {} ms", generation, rows.size(),
					millis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Brings the index from graph generation {@code from} to {@code to} by indexing again only the nodes with
	 * {@code keys} and their neighbours (whose linked names may have changed): milliseconds instead of a rebuild.
	 * When the index is not at {@code from} (it missed a change, or a seed load happened) it is rebuilt instead.
	 * New words in names reach the compound dictionary at the next rebuild.
	 */
	public synchronized void update(long from, long to, Collection<String> keys) {
		Snapshot current = this.snapshot;
		if (current == null || current.generation() != from) {
			if (current == null || current.generation() < to) {
				build(graphGeneration());
			}
			return;
		}
		List<String> affected = List.copyOf(this.client.query("""
				UNWIND $keys AS key MATCH (n {id: key})
				OPTIONAL MATCH (n)--(m) WHERE m.id IS NOT NULL
				WITH collect(DISTINCT n.id) + collect(DISTINCT m.id) AS ids
				UNWIND ids AS id RETURN DISTINCT id""").bind(List.copyOf(keys)).to("keys")
			.fetchAs(String.class).mappedBy((ts, r) -> r.get("id").asString()).all());
		Directory directory = ((DirectoryReader) current.searcher().getIndexReader()).directory();
		IndexWriterConfig config = new IndexWriterConfig(current.fieldAnalyzer()).setOpenMode(OpenMode.APPEND);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (String key : affected) {
				writer.deleteDocuments(new Term(KEY, key));
			}
			for (Map<String, Object> row : documents(affected)) {
				writer.addDocument(document(row, current.analysis().plain()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			this.snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), current.analysis(),
					current.fieldAnalyzer(), to, current.buildMillis());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.debug("Search index updated to graph generation {}: {} documents indexed again", to, affected.size());
	}

	/** The index rows of every searchable node, or of those with {@code keys}. */
	private Collection<Map<String, Object>> documents(List<String> keys) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("labels", SearchKind.labels());
		parameters.put("keys", keys);
		return this.client.query(DOCUMENTS).bindAll(parameters).fetch().all();
	}

	private Set<String> nameWords() {
		Set<String> words = new TreeSet<>();
		Analyzer plain = DutchAnalysis.load(List.of()).plain();
		for (String name : this.client.query(NAMES).fetchAs(String.class)
			.mappedBy((ts, r) -> r.get("name").asString()).all()) {
			try (TokenStream tokens = plain.tokenStream("", name)) {
				CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
				tokens.reset();
				while (tokens.incrementToken()) {
					// Why 5+ letters: shorter name words ("de", "raad") would split unrelated words.
					if (term.length() >= 5) {
						words.add(term.toString());
					}
				}
				tokens.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return words;
	}

	private static Document document(Map<String, Object> row, Analyzer plain) {
		Document doc = new Document();
		String label = (String) row.get("label");
		doc.add(new StringField(LABEL, label, Field.Store.YES));
		// Why indexed as well as stored: an incremental update replaces a node's document by its key.
		doc.add(new StringField(KEY, (String) row.get("key"), Field.Store.YES));
		List<String> spell = new ArrayList<>();
		for (String field : TEXT_FIELDS.keySet()) {
			for (String text : texts(row.get(field))) {
				doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
				if (!field.equals("linked")) {
					spell.add(text);
				}
			}
		}
		// Why a plain field for spelling: suggestions must be real words, not stems.
		spell.forEach((text) -> doc.add(new TextField(SPELL, text, Field.Store.NO)));
		for (String field : List.of("name", "nameEn", "aliases")) {
			for (String text : texts(row.get(field))) {
				doc.add(new TextField(SUGGEST, text, Field.Store.NO));
				// Why a keyword of the folded words: a query equal to a whole name or alias is found as one term.
				doc.add(new StringField(EXACT, String.join(" ", words(plain, text)), Field.Store.NO));
			}
		}
		Map<SearchFacet, List<String>> facets = new HashMap<>();
		facets.put(SearchFacet.KIND, List.of(SearchKind.ofLabel(label).name()));
		facets.put(SearchFacet.DOELGEBIED, texts(row.get("doelgebied")));
		facets.put(SearchFacet.SECTOR, texts(row.get("sector")));
		facets.put(SearchFacet.TARGET_GROUP, texts(row.get("targetGroup")));
		facets.put(SearchFacet.STATUS, texts(row.get("status")));
		facets.put(SearchFacet.SOURCE, texts(row.get("source")));
		// Why the maximum: an intervention is as well supported as its strongest piece of evidence.
		((List<?>) row.get("evidenceLevels")).stream().map((v) -> ((Number) v).intValue()).max(Integer::compare)
			.ifPresent((level) -> facets.put(SearchFacet.EVIDENCE_LEVEL, List.of(String.valueOf(level))));
		facets.forEach((facet, values) -> new TreeSet<>(values)
			.forEach((value) -> doc.add(new StoredField(facet.field(), value))));
		return doc;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static List<String> words(Analyzer analyzer, String text) {
		return SearchService.words(analyzer, text);
	}

	private static List<String> texts(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().filter((v) -> v != null).map(String::valueOf).distinct().toList();
		}
		return List.of(String.valueOf(value));
	}

}
