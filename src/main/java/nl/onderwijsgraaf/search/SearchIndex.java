package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.NotReadyException;
import nl.onderwijsgraaf.api.ReadVersion;
import nl.onderwijsgraaf.graph.EmbeddedNeo4j;
import nl.onderwijsgraaf.model.GraphModel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The application's Lucene index over every searchable node: derived data, kept in step with the graph by the graph
 * generation ({@code (:GraphMeta {id:'graph'}).generation}, bumped in the same transaction as every seed load).
 * <p>
 * With the embedded engine the index is persisted beside its store ({@code <data-dir>-search}, or
 * {@code onderwijsgraaf.search.index-dir}); every commit carries the generation it was built from and a fingerprint
 * of the analysis word lists. At start ({@link #refreshIfStale()}) an index whose commit disagrees with the graph,
 * or that cannot be read, is rebuilt; so a crash between a graph write and the index write is repaired by the next
 * start. Against an external Neo4j without a configured directory the index lives in memory and is built at start.
 * <p>
 * Searches {@link #search(Function) acquire} a searcher from a {@link SearcherManager}; a rebuild or
 * {@link #update(String, String) update} becomes visible to searches atomically once committed.
 * <p>
 * At start the index is opened or built {@link #startInBackground() beside readiness}: until it is there a search
 * waits for it up to {@code onderwijsgraaf.search.ready-wait} and is then refused with {@code SEARCH_NOT_READY}, never
 * answered from an index that is missing or older than the graph.
 */
@Component
public class SearchIndex implements DisposableBean, ReadVersion {

	private final AtomicLong readVersion = new AtomicLong();

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * Text fields and their weight in the combined (BM25F) score: why this order — a word in the name says most about
	 * what a node is. Why whole numbers of at least 1: a weight counts a word's occurrences that many times. Why the
	 * English name low: it is a translation that every node has, not more of what the node is, and at 6 it lengthened
	 * the naming fields so much that a Dutch name's words scored less ("Deense vakleerkrachten" ranked Denmark above
	 * its practice); at 3 all four development sets gained or held.
	 */
	static final Map<String, Integer> TEXT_FIELDS = Map.of("name", 10, "aliases", 8, "nameEn", 3, "summary", 4,
			"topics", 4, "description", 2, "roles", 1, "linked", 1);

	static final String LABEL = "label", KEY = "key", REF = "ref", SPELL = "spell", SUGGEST = "suggest",
			EXACT = "exact";

	/**
	 * The text fields merged into one field, each word counted as often as its field's weight (and so the field
	 * lengths): BM25 on it is the combined-field (BM25F) score of all text fields, and on {@link #NAMES} of the
	 * naming fields. Why merged at index time: one posting list per query word instead of one per word and field
	 * is what keeps a common word cheap over 100,000 documents, and it allows pruning by block maxima.
	 */
	static final String ALL = "all", NAMES = "names";

	/**
	 * The claim of a node without a name (an evidence item), merged and weighted like {@link #NAMES}: what names it.
	 * Why: a node's naming fields score a concept apart from its other texts, and an evidence item has none, so one
	 * whose claim held every word of the query ("In 2021 verliet één op de vier kinderen in Nederland de basisschool
	 * laaggeletterd") ranked below named nodes that held fewer of them in their names. Why a field of its
	 * own, not the claim in {@link #NAMES}: there a short claim scored as a name, and evidence crowded out the country,
	 * problem or practice a query names; apart, it has a weight of its own ({@link SearchService#CLAIM_WEIGHT}).
	 */
	static final String CLAIM = "claim";

	/**
	 * What the words of a node's linked names are indexed as in {@link #ALL}, unless the link says what the node is
	 * about ({@link #ABOUT_TYPES}): this mark before the stem. Why apart from its own words: the place Veghel, whose
	 * school practice takes on zij-instromers, holds "zij-instromers" only in a neighbour's name, and is less about it
	 * than the practice in Veghel is about Veghel; it earns less for that concept (see
	 * {@link SearchService#LINKED_SHARE}). Why a mark, not a field: the words stay in the one combined field, so its
	 * lengths and a concept's BM25F score stay as they were.
	 */
	static final String LINKED_MARK = "~";

	/**
	 * The words of the naming fields without the parts of their compounds: a name that holds the word itself
	 * ("Zomer- of lentescholen") from one that holds it inside a longer compound ("Cultuurzomerschool").
	 */
	static final String NAME_WORDS = "nameWords";

	/** The fields that name a node, merged into {@link #NAMES}. */
	static final List<String> NAME_FIELDS = List.of("name", "aliases", "nameEn");

	/** A remark in parentheses in a name: "(Zuid-Limburg)", "(noodplannen)". */
	private static final Pattern REMARK = Pattern.compile("\\s*\\([^)]*\\)");

	/** Doc value of the name's folded words, by which suggestions are ranked. */
	static final String FOLDED_NAME = "name.folded";

	/** Static features of a node for ranking, and the one it has: how many named nodes it is linked with. */
	static final String FEATURES = "features", LINKS = "links";

	/**
	 * Ranking-only field: what a node can answer, its label and whether it states a figure or an amount of money
	 * ({@link QuestionIntents}); a question's words ask for one ("wanneer": TimelineEvent, "hoeveel geld": cost).
	 */
	static final String ANSWER = "answer";

	/** The {@link #ANSWER} of the nodes that are people: target groups and the stakeholders that are roles. */
	static final String PERSON = "person";

	/** Filter-only field: keys of the problems a node addresses (not a counted facet). */
	static final String PROBLEM = "filter.problem";

	/** Bump when the document layout changes, so persisted indexes of older builds are rebuilt. */
	static final String FORMAT = "27";

	static final String GENERATION_DATA = "generation", FINGERPRINT_DATA = "fingerprint";

	/** The index format and the word lists: a persisted index written with others is rebuilt. */
	private static final String FINGERPRINT = fingerprint();

	/** Why offsets in the postings: the highlighter then reads match positions instead of re-analysing texts. */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	/** The relationship types whose other end names a node in its search document ({@code $linkTypes}). */
	private static final List<String> LINK_TYPES = List.copyOf(GraphModel.graph().linkTypes());

	/**
	 * The relationship types whose other end says what a node is about, when the node is where it starts: its
	 * problem, place, country, parent, goal, evidence; an evidence item's subject. Why not a stakeholder's
	 * involvements and ties: a school or a role takes part in many things, and none of them is what it is.
	 */
	private static final List<String> ABOUT_TYPES = LINK_TYPES.stream()
		.filter((type) -> !List.of("INVOLVED_IN", "CONNECTED_TO").contains(type))
		.toList();

	/**
	 * The kinds that classify other nodes: a sector or target group is named by up to hundreds of interventions,
	 * problems and programmes. Why their documents leave those names out: they say nothing about what the sector is,
	 * and would match it (with a coordination bonus per word) to every topical query.
	 */
	private static final List<String> CLASSIFICATIONS = List.of(SearchKind.SECTOR.label, SearchKind.TARGET_GROUP.label);

	/**
	 * What each country attribute key is about, in Dutch ({@code search/attribute-labels.txt}). Why: the keys are
	 * English and a value often does not name its topic ("salary-teacher-po": "€ 46.784 per jaar"), so "salaris
	 * leraar denemarken" would not find Denmark's salary.
	 */
	static final Map<String, String> ATTRIBUTE_LABELS = keyed("attribute-labels.txt");

	/** A place's name of one word, perhaps after an article: "Leuven", "Den Haag", not "Zuid-Limburg". */
	private static final Pattern PLACE_OF_ONE_WORD = Pattern.compile("((?i:den|de|het) )?\\p{L}+");

	/** What each kind of stakeholder is, in Dutch words, by type: among a stakeholder's topics. */
	static final Map<String, String> STAKEHOLDER_TYPES = keyed("stakeholder-types.txt");

	/** What a stakeholder does in what it is involved in, in Dutch words, by role: a stakeholder's roles. */
	static final Map<String, String> ROLE_WORDS = keyed("involvement-roles.txt");

	/** The roles each stemmed role word names, by stem ("financiers": FUNDS; "opdrachtgever": RESPONSIBLE, COMMISSIONS). */
	static final Map<String, Set<String>> ROLES_BY_STEM = ROLE_WORDS.entrySet().stream()
		.flatMap((role) -> Arrays.stream(role.getValue().split("\\s*,\\s*"))
			.map((word) -> Map.entry(DutchAnalysis.bundledStem(word), role.getKey())))
		.collect(Collectors.groupingBy(Map.Entry::getKey,
				Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableSet())));

	/**
	 * Ranking-only field: each role played in an involvement or tie with each stemmed word of the names of both ends
	 * ("FUNDS effectmet", "FUNDS ocw"), on the stakeholder that plays it and on what it is played in. Why: "wie betaalt
	 * de effectmeting" asks for the one who funds that programme, and the programme; every funder of anything matched
	 * "betaalt" among its roles as well, and those linked to the programme in another role its name too. Why both
	 * names: the question is asked the other way round too ("waar is het nro uitvoerder van").
	 */
	static final String BOUND_ROLES = "boundRoles";

	/** A word list of lines "key TAB words" by key. */
	private static Map<String, String> keyed(String list) {
		return DutchAnalysis.lines(list).stream()
			.map((line) -> line.split("\t", 2))
			.collect(Collectors.toUnmodifiableMap((parts) -> parts[0], (parts) -> parts[1].strip()));
	}

	/** The months in Dutch, by which an event's date is among its topics ("16 maart 2020"). */
	private static final List<String> MONTHS = Arrays.stream(Month.values())
		.map((month) -> month.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")))
		.toList();

	/** The words between a first name and a surname, or within a surname ("Ewald de Vries"). */
	private static final Set<String> SURNAME_PARTICLES = Set.of("de", "van", "der", "den", "ter", "ten", "te", "el",
			"von");

	/** Why documents only: the field says whether a name holds a word, nothing more. */
	private static final FieldType WHOLE_WORDS = wholeWords();

	/** Why no positions: a weighted word frequency cannot have them, and the merged fields serve scores only. */
	private static final FieldType WEIGHTED = weighted();

	/**
	 * What is read of one searchable node: its texts (an evidence item's English name is the strand of the toolkit
	 * it rates: "Summer schools"), its neighbours' names, its facet values. Its neighbours are the
	 * nodes at the other end of the relationships the model declares as links (so not its sources, which it cites,
	 * nor a country's attribute records). Retired neighbours are left out, as every API read leaves them out. A
	 * {@link #CLASSIFICATIONS classification} has no neighbours' names. A country's attributes are in its description,
	 * each named by its {@link #ATTRIBUTE_LABELS Dutch label} and its key. Among a node's linked names are the
	 * {@link #citedNames names cited} by the evidence that documents it. The neighbours it points to by an
	 * {@link #ABOUT_TYPES about} relationship (its place, its problem, the country an evidence item documents) are among
	 * its linked names, but count as its own words. An evidence item that states a
	 * figure of a country (the same number, in the same unit or a longer wording of it: "%" and "% van het bbp") has
	 * that figure's {@link #ATTRIBUTE_LABELS label} among its topics ("arbeidsduur" for Japan's 54,4 uur per week):
	 * the claim often does not name what it measures. A stakeholder has what kind it is among its topics
	 * ({@link #STAKEHOLDER_TYPES}: "schoolbestuur", "adviesraad"), and what it does in what it is involved in among
	 * its roles, once per role ({@link #ROLE_WORDS}: "financier", "uitvoerder"). Why apart, at the weight of a
	 * neighbour's name: a role says what a stakeholder does somewhere, not what it is, and weighed as a topic the
	 * words of a stakeholder with many roles diluted its name. An event has its date in Dutch words among its topics
	 * ("16 maart 2020"): people ask what happened in a month, and the date is in none of its texts.
	 */
	static final String PROJECTION = """
			RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS key,
			       coalesce(n.name, n.title) AS name, coalesce(n.nameEn, n.strand) AS nameEn, coalesce(n.aliases, []) AS aliases,
			       coalesce(n.summary, n.claim) AS summary,
			       n.note AS note,
			       [x IN [n.description, n.citation] WHERE x IS NOT NULL]
			         + [(n)-[:HAS_ATTRIBUTE]->(a)
			             | coalesce($attributeLabels[a.key] + ' (' + replace(a.key, '-', ' ') + ')', replace(a.key, '-', ' '))
			               + ': ' + coalesce(a.text, a.note, '')]
			         AS description,
			       CASE WHEN any(l IN labels(n) WHERE l IN $classifications) THEN []
			            ELSE [(n)-[r]-(m) WHERE type(r) IN $linkTypes AND m.retired IS NULL AND coalesce(m.name, m.title) IS NOT NULL
			                   | coalesce(m.name, m.title)]
			       END AS linked,
			       [(n)<-[:DOCUMENTS]-(e:Evidence) WHERE e.retired IS NULL AND e.citation IS NOT NULL | e.citation]
			         AS citedIn,
			       [(n)-[r]->(m) WHERE type(r) IN $aboutTypes AND m.retired IS NULL AND coalesce(m.name, m.title) IS NOT NULL
			         | coalesce(m.name, m.title)] AS about,
			       CASE WHEN n:Evidence AND n.figure IS NOT NULL
			            THEN [(n)-[:DOCUMENTS]->(c:Country)-[:HAS_ATTRIBUTE]->(a)
			                   WHERE c.retired IS NULL AND coalesce(a.number, a.amount) = n.figure
			                     AND (a.unit STARTS WITH n.unit OR a.currency = n.unit)
			                     AND $attributeLabels[a.key] IS NOT NULL
			                   | $attributeLabels[a.key]]
			            ELSE [] END
			         + CASE WHEN n:Stakeholder AND $stakeholderTypes[n.type] IS NOT NULL THEN [$stakeholderTypes[n.type]]
			            ELSE [] END
			         + [d IN [split(toString(n.date), '-')] WHERE n:TimelineEvent AND n.date IS NOT NULL
			             | CASE WHEN size(d) > 2 THEN toString(toInteger(d[2])) + ' ' ELSE '' END
			               + CASE WHEN size(d) > 1 THEN $months[toInteger(d[1]) - 1] + ' ' ELSE '' END + d[0]]
			         AS topics,
			       COLLECT { MATCH (n:Stakeholder)-[r:INVOLVED_IN|CONNECTED_TO]->(m)
			                 WHERE m.retired IS NULL AND $roleWords[r.role] IS NOT NULL
			                 RETURN DISTINCT $roleWords[r.role] } AS roles,
			       COLLECT { MATCH (n)-[r:INVOLVED_IN|CONNECTED_TO]-(m)
			                 WHERE m.retired IS NULL AND $roleWords[r.role] IS NOT NULL
			                 UNWIND [coalesce(n.name, n.title), coalesce(m.name, m.title)]
			                          + coalesce(n.aliases, []) + coalesce(m.aliases, []) AS named
			                 RETURN DISTINCT r.role + ' ' + named AS bound } AS boundRoles,
			       [(n)-[:SERVES|HAS_GOAL]->(g:Goal {type: 'DOELGEBIED'}) WHERE g.code IS NOT NULL AND g.retired IS NULL
			         | g.code]
			         + CASE WHEN n:Goal AND n.type = 'DOELGEBIED' AND n.code IS NOT NULL THEN [n.code] ELSE [] END
			         AS doelgebied,
			       [(n)-[:FOR_SECTOR]->(s:Sector) WHERE s.retired IS NULL | s.id] AS sector,
			       [(n)-[:FOR_GROUP]->(t:TargetGroup) WHERE t.retired IS NULL | t.id] AS targetGroup,
			       CASE WHEN n:Evidence THEN [x IN [n.evidenceStrength] WHERE x IS NOT NULL]
			            ELSE [(n)-[:SUPPORTED_BY]->(e:Evidence) WHERE e.evidenceStrength IS NOT NULL AND e.retired IS NULL
			                   | e.evidenceStrength]
			       END AS evidenceLevels,
			       n.status AS status,
			       n.figure IS NOT NULL OR n.impactMonths IS NOT NULL AS statesFigure,
			       n:TargetGroup OR n:Stakeholder AND n.type = 'ROLE' AS person,
			       coalesce(n.unit = 'EUR', false) OR n.budgetRole IS NOT NULL OR n.costRating IS NOT NULL AS statesCost,
			       coalesce(n.budgetRole IN ['TOTAL', 'ALTERNATIVE'], false) AS statesBudget,
			       [(n)-[:CITES]->(s:Source) | s.id] AS source,
			       [(n)-[:ADDRESSES]->(p:Problem) WHERE p.retired IS NULL | p.id] AS problem
			""";

	/** Why {@code retired IS NULL}: a node a curator retired is gone from the API, so from search too. */
	private static final String ALL_DOCUMENTS = """
			MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.retired IS NULL
			""" + PROJECTION;

	/** Some nodes (by label and key) and their neighbours: their "linked" texts name them. */
	private static final String NODE_DOCUMENTS = """
			UNWIND $nodes AS node
			MATCH (x) WHERE x.id = node.key AND node.label IN labels(x)
			OPTIONAL MATCH (x)--(m)
			WITH x, collect(DISTINCT m) AS neighbours
			UNWIND neighbours + [x] AS n
			WITH DISTINCT n WHERE any(l IN labels(n) WHERE l IN $labels) AND n.retired IS NULL
			""" + PROJECTION;

	private static final String GENERATION = """
			OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.generation, 0) AS generation
			""";

	private final Neo4jClient client;

	private final Path directoryPath;

	/** Why a delegate: the index chain depends on the graph's names, so it changes with each rebuild. */
	private final SwitchableAnalyzer writeAnalyzer = new SwitchableAnalyzer();

	private Directory directory;

	private IndexWriter writer;

	private SearcherManager searchers;

	private volatile State state;

	/** The open or build at start; done when none runs. */
	private volatile CompletableFuture<Void> starting = CompletableFuture.completedFuture(null);

	private final Duration readyWait;

	/** Moves whenever the index is built, opened or updated: each follows a load or change of the graph. */
	@Override
	public long readVersion() {
		return this.readVersion.get();
	}

	/** What the current index was built with: the analysis chains and the graph generation. */
	public record State(DutchAnalysis analysis, Analyzer fieldAnalyzer, long generation, Origin origin,
			long buildMillis) {
	}

	/** How the index in use at start came about. */
	public enum Origin {

		/** Built from the graph in this process. */
		BUILT,
		/** Opened from disk: its commit matched the graph generation and the word lists. */
		OPENED

	}

	/** A node by its label and key. */
	public record NodeRef(String label, String key) {
	}

	/** One search's view: a searcher of one point in time with the analysis it was written with. */
	public record Snapshot(IndexSearcher searcher, DutchAnalysis analysis, Analyzer fieldAnalyzer, long generation) {
	}

	@Autowired
	public SearchIndex(Neo4jClient client, ObjectProvider<EmbeddedNeo4j> engine,
			@Value("${onderwijsgraaf.search.index-dir:}") String indexDir,
			@Value("${onderwijsgraaf.search.ready-wait:5s}") Duration readyWait) {
		this(client, directoryPath(engine.getIfAvailable(), indexDir), readyWait);
	}

	SearchIndex(Neo4jClient client, Path directoryPath, Duration readyWait) {
		this.client = client;
		this.directoryPath = directoryPath;
		this.readyWait = readyWait;
	}

	private static Path directoryPath(EmbeddedNeo4j engine, String configured) {
		if (!configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		// Why beside the store: the index belongs to that graph and goes with it; an external graph gets memory.
		return (engine != null) ? engine.home().resolveSibling(engine.home().getFileName() + "-search") : null;
	}

	/** An index over the given rows (as the graph query returns them), in memory: for benchmarks and tests. */
	static SearchIndex ofRows(Collection<Map<String, Object>> rows) {
		SearchIndex index = new SearchIndex(null, null, Duration.ZERO);
		synchronized (index) {
			index.open();
			index.write(rows, 0, System.nanoTime());
		}
		return index;
	}

	/** Runs {@code search} on a searcher of the current index, released afterwards. */
	public <T> T search(Function<Snapshot, T> search) {
		State current = (this.state != null) ? this.state : awaitStart();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(new Snapshot(searcher, current.analysis(), current.fieldAnalyzer(),
						current.generation()));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the index, or builds it when it is missing or older than the graph, on a thread of its own: the service
	 * reports ready without waiting for it, since only searches need it (and they {@link #search wait} for it).
	 */
	public CompletableFuture<Void> startInBackground() {
		CompletableFuture<Void> started = new CompletableFuture<>();
		this.starting = started;
		Thread starter = new Thread(() -> {
			try {
				refreshIfStale();
				started.complete(null);
			}
			catch (RuntimeException ex) {
				log.error("Search index could not be opened or built at start; the next search tries again", ex);
				started.completeExceptionally(ex);
			}
		}, "search-index-start");
		starter.setDaemon(true);
		starter.start();
		return started;
	}

	/** Waits for the open or build at start, up to the ready wait; a start that failed is tried again here. */
	private State awaitStart() {
		try {
			this.starting.get(this.readyWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw notReady();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw notReady();
		}
		catch (ExecutionException ex) {
			// logged by the starter; current() builds again
		}
		return current();
	}

	private static NotReadyException notReady() {
		return new NotReadyException(ErrorCode.SEARCH_NOT_READY,
				"Zoeken kan zo weer: de zoekindex wordt nog opgebouwd. Probeer het over een paar seconden opnieuw.", 5);
	}

	/** Rebuilds the whole index from the graph now, also the synonyms derived from it. */
	public synchronized void refresh() {
		open();
		rebuild(graphGeneration());
	}

	/**
	 * Re-indexes one node (gone from the graph or retired: removes it) and its neighbours, whose texts name it; cheap
	 * enough to call after each write, once it is committed. The derived synonyms only change with a full
	 * {@link #refresh()}.
	 * <p>
	 * A write is expected to bump the graph generation by one in its own transaction. The index then records the
	 * graph's generation only when it is at most one ahead of the index's: if a write was missed (or another
	 * writer's update has not run yet), the index keeps claiming the older generation, so a start after a crash
	 * rebuilds it rather than trusting it.
	 */
	public void update(String label, String key) {
		update(List.of(new NodeRef(label, key)), 1);
	}

	/**
	 * Like {@link #update(String, String)} for the nodes that {@code writes} writes changed, in one commit (how an
	 * instance catches up with the audit log); the graph's generation is recorded when at most {@code writes} ahead.
	 */
	public synchronized void update(Collection<NodeRef> nodes, long writes) {
		this.readVersion.incrementAndGet(); // first: even an update that fails below follows a change of the graph
		open();
		State current = current();
		long graph = graphGeneration();
		long generation = (graph - current.generation() <= writes) ? graph : current.generation();
		List<Map<String, String>> refs = nodes.stream().map((n) -> Map.of("label", n.label(), "key", n.key())).toList();
		Collection<Map<String, Object>> rows = this.client.query(NODE_DOCUMENTS)
			.bindAll(projectionParameters(Map.of("nodes", refs)))
			.fetch()
			.all();
		try {
			for (NodeRef node : nodes) {
				this.writer.deleteDocuments(new Term(REF, node.label() + ":" + node.key()));
			}
			for (Map<String, Object> row : rows) {
				this.writer.updateDocument(new Term(REF, row.get("label") + ":" + row.get("key")),
						document(row, current.analysis()));
			}
			commit(generation);
			this.state = new State(current.analysis(), current.fieldAnalyzer(), generation, current.origin(),
					current.buildMillis());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rebuilds when the index (in memory or on disk) was built from another graph generation or word lists. */
	public synchronized boolean refreshIfStale() {
		long generation = graphGeneration();
		open();
		if (this.state != null && this.state.generation() == generation) {
			return false;
		}
		if (this.state == null && matchesCommit(generation)) {
			this.readVersion.incrementAndGet();
			long started = System.nanoTime();
			DutchAnalysis analysis = analysis(rows());
			this.writeAnalyzer.use(fieldAnalyzer(analysis));
			this.state = new State(analysis, fieldAnalyzer(analysis), generation, Origin.OPENED, millisSince(started));
			log.info("Search index in {} is up to date with graph generation {}", this.directoryPath, generation);
			return false;
		}
		rebuild(generation);
		return true;
	}

	/** What the index in use was built from. */
	public State current() {
		State current = this.state;
		if (current == null) {
			refreshIfStale();
			current = this.state;
		}
		return current;
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (this.writer != null) {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
	}

	private boolean matchesCommit(long generation) {
		try {
			if (!DirectoryReader.indexExists(this.directory)) {
				return false;
			}
			Map<String, String> data = SegmentInfos.readLatestCommit(this.directory).getUserData();
			return String.valueOf(generation).equals(data.get(GENERATION_DATA))
					&& FINGERPRINT.equals(data.get(FINGERPRINT_DATA));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index in {} cannot be read ({}); rebuilding it", this.directoryPath, ex.toString());
			return false;
		}
	}

	private void open() {
		if (this.writer != null) {
			return;
		}
		try {
			if (this.directoryPath == null) {
				// Why each file as one buffer: Lucene clones a file's input for every postings list it opens (the
				// highlighter three per query term, field and hit), and a clone of a file kept as many buffers copies
				// the list of them; over 100,000 documents in one segment that was a sixth of a search.
				this.directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
						ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
			}
			else {
				Files.createDirectories(this.directoryPath);
				this.directory = FSDirectory.open(this.directoryPath);
			}
			try {
				openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			}
			catch (IOException | RuntimeException ex) {
				// Why wipe: the index is derived data; an unreadable one (torn files, other format) is rebuilt.
				log.warn("Search index in {} is damaged ({}); starting it afresh", this.directoryPath, ex.toString());
				for (String file : this.directory.listAll()) {
					this.directory.deleteFile(file);
				}
				openWriter(IndexWriterConfig.OpenMode.CREATE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
		IndexWriter opened = new IndexWriter(this.directory, new IndexWriterConfig(this.writeAnalyzer)
			.setOpenMode(mode)
			// Why merges of neighbouring segments only: documents keep the order they were written in, so hits of
			// equal score are ranked alike by every build (a tiered merge orders them by the sizes merges happened to
			// find).
			.setMergePolicy(new LogByteSizeMergePolicy())
			.setCommitOnClose(false));
		try {
			this.searchers = new SearcherManager(opened, new SearcherFactory() {

				/** Why: the first search of a new segment would otherwise pay for its facet layout and norms. */
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
					FacetCounts.prepare(reader);
					OwnWordBonusQuery.prepare(reader, ALL, NAMES, CLAIM);
					return super.newSearcher(reader, previousReader);
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			opened.rollback();
			throw ex;
		}
		this.writer = opened;
	}

	private void rebuild(long generation) {
		long started = System.nanoTime();
		write(rows(), generation, started);
	}

	/** Every searchable node as one row of texts and facet values. */
	Collection<Map<String, Object>> rows() {
		return this.client.query(ALL_DOCUMENTS)
			.bindAll(projectionParameters(Map.of()))
			.fetch()
			.all();
	}

	/** The parameters of {@link #PROJECTION}, with those of the query around it. */
	private static Map<String, Object> projectionParameters(Map<String, Object> query) {
		Map<String, Object> parameters = new HashMap<>(query);
		parameters.put("labels", SearchKind.labels());
		parameters.put("linkTypes", LINK_TYPES);
		parameters.put("aboutTypes", ABOUT_TYPES);
		parameters.put("classifications", CLASSIFICATIONS);
		parameters.put("attributeLabels", ATTRIBUTE_LABELS);
		parameters.put("stakeholderTypes", STAKEHOLDER_TYPES);
		parameters.put("roleWords", ROLE_WORDS);
		parameters.put("months", MONTHS);
		return parameters;
	}

	private void write(Collection<Map<String, Object>> rows, long generation, long started) {
		this.readVersion.incrementAndGet();
		DutchAnalysis analysis = analysis(rows);
		Analyzer fieldAnalyzer = fieldAnalyzer(analysis);
		this.writeAnalyzer.use(fieldAnalyzer);
		try {
			this.writer.deleteAll();
			for (Map<String, Object> row : rows) {
				this.writer.addDocument(document(row, analysis));
			}
			// Why one segment: a search looks up each of its terms and builds its scorers once per segment; over
			// 100,000 documents written in one go (many segments) that was about a twentieth of a search's CPU time
			// (JFR). The seed fits one segment anyway, so its rebuild costs nothing more.
			this.writer.forceMerge(1);
			commit(generation);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long millis = millisSince(started);
		this.state = new State(analysis, fieldAnalyzer, generation, Origin.BUILT, millis);
		log.info("Search index built from graph generation {}: {} documents in {} ms", generation, rows.size(), millis);
	}

	/** Why the generation in the commit: a restart compares it with the graph's, and never trusts a stale index. */
	private void commit(long generation) throws IOException {
		this.writer.setLiveCommitData(
				Map.of(GENERATION_DATA, String.valueOf(generation), FINGERPRINT_DATA, FINGERPRINT).entrySet());
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	private long graphGeneration() {
		return this.client.query(GENERATION).fetchAs(Long.class).mappedBy((ts, r) -> r.get("generation").asLong())
			.one().orElse(0L);
	}

	/**
	 * The analysis with the synonyms derived from the graph: country adjectives, Dutch and English, place adjectives,
	 * abbreviations in the texts. Why the
	 * curator's notes too (never indexed): they keep the spelled-out names the documents leave out ("Algemene
	 * Onderwijsbond (AOb)"), and people type those abbreviations.
	 */
	static DutchAnalysis analysis(Collection<Map<String, Object>> rows) {
		List<Map<String, Object>> countryRows = rows.stream()
			.filter((row) -> SearchKind.COUNTRY.label.equals(row.get("label")))
			.toList();
		List<String> countries = new ArrayList<>(countryRows.stream().flatMap((row) -> texts(row.get("name")).stream()).toList());
		// Why places too, of one word after an article: "Haagse", "Leuvense", "Friese" scholen name their place by
		// its adjective, which the lexicon knows; of longer names the last word is another place ("Zuid-Limburg").
		rows.stream()
			.filter((row) -> SearchKind.PLACE.label.equals(row.get("label")))
			.flatMap((row) -> texts(row.get("name")).stream())
			.map((name) -> REMARK.matcher(name).replaceAll("").strip())
			.filter((name) -> PLACE_OF_ONE_WORD.matcher(name).matches())
			.forEach(countries::add);
		Map<String, String> englishNames = new HashMap<>();
		countryRows.stream()
			.filter((row) -> row.get("name") instanceof String && row.get("nameEn") instanceof String)
			.forEach((row) -> englishNames.put((String) row.get("name"), (String) row.get("nameEn")));
		List<String> texts = rows.stream()
			.flatMap((row) -> Stream.of("name", "aliases", "summary", "description", "note")
				.flatMap((f) -> texts(row.get(f)).stream()))
			.toList();
		List<String> names = rows.stream().flatMap((row) -> texts(row.get("name")).stream()).toList();
		return DutchAnalysis.load(countries, englishNames, names, texts);
	}

	private static Analyzer fieldAnalyzer(DutchAnalysis analysis) {
		return new PerFieldAnalyzerWrapper(analysis.index(),
				Map.of(SPELL, analysis.plain(), SUGGEST, analysis.plain()));
	}

	static Document document(Map<String, Object> row, DutchAnalysis analysis) {
		Document doc = new Document();
		String label = (String) row.get("label");
		String key = (String) row.get("key");
		doc.add(new StringField(LABEL, label, Field.Store.YES));
		doc.add(new StoredField(KEY, key));
		// Why doc values too: a page's hits read which node they are without decompressing their stored documents a
		// second time (the highlighter reads them once).
		doc.add(new SortedDocValuesField(LABEL, new BytesRef(label)));
		doc.add(new BinaryDocValuesField(KEY, new BytesRef(key)));
		doc.add(new StringField(REF, label + ":" + key, Field.Store.NO));
		doc.add(new StringField(ANSWER, label, Field.Store.NO));
		if (Boolean.TRUE.equals(row.get("statesFigure"))) {
			doc.add(new StringField(ANSWER, QuestionIntents.AMOUNT, Field.Store.NO));
		}
		if (Boolean.TRUE.equals(row.get("statesCost"))) {
			doc.add(new StringField(ANSWER, QuestionIntents.COST, Field.Store.NO));
		}
		if (Boolean.TRUE.equals(row.get("statesBudget"))) {
			doc.add(new StringField(ANSWER, QuestionIntents.BUDGET, Field.Store.NO));
		}
		if (Boolean.TRUE.equals(row.get("person"))) {
			doc.add(new StringField(ANSWER, PERSON, Field.Store.NO));
		}
		texts(row.get("name")).forEach((name) -> doc.add(new BinaryDocValuesField(FOLDED_NAME,
				new BytesRef(String.join(" ", SearchService.words(analysis.plain(), name))))));
		List<String> spell = new ArrayList<>();
		// Why the names cited by its evidence among its linked names: "judikje kiers", interviewed about a museum's
		// exhibition, finds the museum that evidence documents, not only the evidence.
		List<String> linked = new ArrayList<>(texts(row.get("linked")));
		texts(row.get("citedIn")).stream().flatMap((citation) -> citedNames(citation).stream()).distinct()
			.forEach(linked::add);
		List<String> about = texts(row.get("about"));
		for (String field : TEXT_FIELDS.keySet()) {
			int weight = TEXT_FIELDS.get(field);
			for (String text : field.equals("linked") ? linked : texts(row.get(field))) {
				doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
				doc.add(new WeightedField(ALL, text, weight, field.equals("linked") && !about.contains(text)));
				if (NAME_FIELDS.contains(field)) {
					doc.add(new WeightedField(NAMES, text, weight, false));
					doc.add(new WholeWordsField(NAME_WORDS, text));
				}
				if (!field.equals("linked")) {
					spell.add(text);
				}
			}
		}
		if (texts(row.get("name")).isEmpty()) {
			texts(row.get("summary"))
				.forEach((claim) -> doc.add(new WeightedField(CLAIM, claim, TEXT_FIELDS.get("summary"), false)));
		}
		// Why a plain field for spelling: corrections must be real words, not stems.
		spell.forEach((text) -> doc.add(new TextField(SPELL, text, Field.Store.NO)));
		for (String field : List.of("name", "nameEn", "aliases")) {
			for (String text : texts(row.get(field))) {
				doc.add(new TextField(SUGGEST, text, Field.Store.NO));
				// Why tails and initials: "zomers" completes "Cultuurzomerschool", "npo" the programme's name.
				for (String word : SearchService.words(analysis.plain(), text)) {
					analysis.tails(word).forEach((tail) -> doc.add(new TextField(SUGGEST, tail, Field.Store.NO)));
				}
				DutchAnalysis.acronyms(text).forEach((acronym) -> doc.add(new TextField(SUGGEST, acronym, Field.Store.NO)));
				// Why a keyword of the stemmed words: a query equal to a whole name or alias is found as one term; and
				// so is the name without its remark in parentheses: "De Gezonde Basisschool van de Toekomst
				// (Zuid-Limburg)" is what "gezonde basisschool van de toekomst" names, not its parts whose names
				// hold it in their own parentheses. And so is the name with its hyphenated words written as one:
				// "zijinstromer" names "Zij-instromer".
				String withoutRemark = REMARK.matcher(text).replaceAll("");
				for (String named : new LinkedHashSet<>(List.of(text, withoutRemark,
						DutchAnalysis.HYPHEN.matcher(text).replaceAll(""),
						DutchAnalysis.HYPHEN.matcher(withoutRemark).replaceAll("")))) {
					doc.add(new StringField(EXACT, analysis.nameKey(SearchService.words(analysis.plain(), named)),
							Field.Store.NO));
				}
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
			.ifPresent((level) -> facets.put(SearchFacet.EVIDENCE_STRENGTH, List.of(String.valueOf(level))));
		// Why both: the indexed term filters in Lucene, the doc value counts without loading stored documents.
		facets.forEach((facet, values) -> new TreeSet<>(values).forEach((value) -> {
			doc.add(new StringField(facet.field(), value, Field.Store.NO));
			doc.add(new SortedSetDocValuesField(facet.field(), new BytesRef(value)));
		}));
		texts(row.get("problem")).forEach((problem) -> doc.add(new StringField(PROBLEM, problem, Field.Store.NO)));
		boundRoles(texts(row.get("boundRoles")), analysis)
			.forEach((bound) -> doc.add(new StringField(BOUND_ROLES, bound, Field.Store.NO)));
		// Why: a node many others link to (a programme, a solution with its sub-measures) is what a query names.
		doc.add(new FeatureField(FEATURES, LINKS, 1 + texts(row.get("linked")).size()));
		return doc;
	}

	/** The {@link #BOUND_ROLES} terms of lines "ROLE name": the role with each stemmed word of the name, each once. */
	private static Set<String> boundRoles(List<String> bound, DutchAnalysis analysis) {
		Set<String> terms = new TreeSet<>();
		for (String line : bound) {
			String[] roleAndName = line.split(" ", 2);
			analysis.contentStems(SearchService.words(analysis.plain(), roleAndName[1]))
				.forEach((stem) -> terms.add(roleAndName[0] + " " + stem));
		}
		return terms;
	}

	/**
	 * The names in a citation: each run of two or more capitalised words, with the particles of Dutch surnames
	 * between them ("Interview Ewald de Vries", "Louise Elffers", "Kenniscentrum Ongelijkheid"). Why only these: a
	 * citation also holds titles and dates, whose words would match the nodes its evidence documents to topical
	 * queries; the people and organisations it names are what someone types to find them.
	 */
	static List<String> citedNames(String citation) {
		List<String> names = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String token : citation.split("[\\s,;:()‘’'\"“”!?]+")) {
			String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
			boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
					&& word.codePoints().anyMatch(Character::isLowerCase);
			if (capitalised || !run.isEmpty() && SURNAME_PARTICLES.contains(word)) {
				run.add(word);
			}
			if (!capitalised && !SURNAME_PARTICLES.contains(word) || token.endsWith(".")) {
				addName(run, names);
			}
		}
		addName(run, names);
		return names;
	}

	/** The run of words as a name when it holds two capitalised words or more; empties the run. */
	private static void addName(List<String> run, List<String> names) {
		while (!run.isEmpty() && SURNAME_PARTICLES.contains(run.get(run.size() - 1))) {
			run.remove(run.size() - 1);
		}
		if (run.stream().filter((w) -> !SURNAME_PARTICLES.contains(w)).count() >= 2) {
			names.add(String.join(" ", run));
		}
		run.clear();
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType wholeWords() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.setTokenized(true);
		type.freeze();
		return type;
	}

	private static FieldType weighted() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.setTokenized(true);
		type.freeze();
		return type;
	}

	/**
	 * A text indexed with every word's frequency multiplied by a weight (see {@link #ALL}), its words
	 * {@link #LINKED_MARK marked} when it is a neighbour's name.
	 */
	private static final class WeightedField extends Field {

		private final int weight;

		private final boolean linked;

		WeightedField(String name, String text, int weight, boolean linked) {
			super(name, text, WEIGHTED);
			this.weight = weight;
			this.linked = linked;
		}

		@Override
		public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
			return new TokenFilter(analyzer.tokenStream(name(), stringValue())) {

				private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

				private final TypeAttribute type = addAttribute(TypeAttribute.class);

				private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

				@Override
				public boolean incrementToken() throws IOException {
					if (!this.input.incrementToken()) {
						return false;
					}
					if (WeightedField.this.linked) {
						String word = this.term.toString();
						this.term.setEmpty().append(LINKED_MARK).append(word);
					}
					// Why half for a part of a compound in a name: "Zomerschool" names it more than "Cultuurzomerschool".
					boolean part = DutchAnalysis.CompoundParts.PART.equals(this.type.type());
					// Why once for a hyphenated word written as one: its words are counted already, and so the field
					// is as long as without it (the word at its position counts as an overlap).
					boolean joined = DutchAnalysis.HyphenatedWords.JOINED.equals(this.type.type());
					this.frequency.setTermFrequency(joined ? 1 : (part && name().equals(NAMES))
							? Math.max(1, WeightedField.this.weight / 2) : WeightedField.this.weight);
					return true;
				}
			};
		}

	}

	/** A text indexed with its words only, not the parts of its compounds, for whether it holds a word. */
	private static final class WholeWordsField extends Field {

		WholeWordsField(String name, String text) {
			super(name, text, WHOLE_WORDS);
		}

		@Override
		public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
			return new FilteringTokenFilter(analyzer.tokenStream(name(), stringValue())) {

				private final TypeAttribute type = addAttribute(TypeAttribute.class);

				@Override
				protected boolean accept() {
					return !DutchAnalysis.CompoundParts.PART.equals(this.type.type());
				}
			};
		}

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

	private static long millisSince(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	private static String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
			for (String list : List.of("stem-overrides.txt", "synonyms.txt", "everyday.txt", "attribute-labels.txt",
					"stakeholder-types.txt", "involvement-roles.txt")) {
				digest.update(String.join("\n", DutchAnalysis.lines(list)).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The analyzer the writer uses: the index chain of the current build. */
	private static final class SwitchableAnalyzer extends DelegatingAnalyzerWrapper {

		private volatile Analyzer delegate;

		SwitchableAnalyzer() {
			super(PER_FIELD_REUSE_STRATEGY);
		}

		void use(Analyzer analyzer) {
			this.delegate = analyzer;
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			return this.delegate;
		}

	}

}
