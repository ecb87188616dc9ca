package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.search.SearchResults.Facet;
import nl.onderwijsgraaf.search.SearchResults.Highlight;
import nl.onderwijsgraaf.search.SearchResults.Hit;
import nl.onderwijsgraaf.search.SearchResults.Suggestion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;
import org.springframework.stereotype.Service;

/**
 * Dutch full-text search and name suggestions over the {@link SearchIndex}. User text is only ever analysed into
 * words from which queries are built programmatically: there is no query syntax to inject.
 * <p>
 * Typo tolerance is a spelling correction, not a fuzzy query per field: a word of five or more letters that the
 * index does not know is corrected once against the compact field of surface words (one Levenshtein automaton, at
 * most {@link #CORRECTIONS} results), and the corrections are searched like typed words at a lower weight. That keeps
 * a search to a few term lookups, ranks exact matches first, lets the highlighter mark typo matches like any other,
 * and yields "did you mean" for free.
 */
@Service
public class SearchService {

	static final int MAX_QUERY_LENGTH = 500, MAX_WORDS = 32, MAX_PREFIX_LENGTH = 100, MAX_SUGGESTIONS = 10;

	/** Why: a typo match is worth less than the word itself, so exact matches rank first. */
	static final float CORRECTION_WEIGHT = 0.3f;

	/**
	 * Why more for the best correction: the typed word matches nothing, so its best correction is all there is of
	 * that concept; at 0.3 the query's other word decided ("laaggeletterheid op de basisschool" listed schools).
	 * Development typo class 0.917 -> 1.000 recall@5 (0.833 -> 1.000 MRR@10), held-out sets unchanged.
	 */
	static final float BEST_CORRECTION_WEIGHT = 0.7f;

	/** Why 5: shorter words have too many neighbours one edit away ("les", "lees", "leer"). */
	static final int MIN_CORRECTED_LENGTH = 5, CORRECTIONS = 2;

	/** Why: at most this many unknown words are corrected per search, and none longer than a real word. */
	static final int MAX_CORRECTED_WORDS = 4, MAX_CORRECTED_LENGTH = 30;

	/** Why 5: the longest abbreviation that takes an apostrophe clitic ("mkba's", "ict'er") in practice. */
	static final int MAX_ABBREVIATION = 5;

	/** Why at least four letters: a short word in "es" ("zes", "mes") is no loan word's plural. */
	static final int MIN_LOAN_SINGULAR = 4;

	/** Why 4: shorter beginnings match too many words to say anything. */
	static final int MIN_PREFIX_WORD = 4;

	/**
	 * Why 16 of at most 1,000 read: a beginning of four letters completes to hundreds of words; the most frequent
	 * say what is meant, and reading the words it begins stays bounded on any index.
	 */
	static final int MAX_COMPLETIONS = 16, MAX_COMPLETION_CANDIDATES = 1000;

	/**
	 * Why small (the spread of the links feature between a node and its parent): it decides among names that match a
	 * compound alike, never against a node that matches more of the query.
	 */
	static final float NAME_WORD_WEIGHT = 1f;

	static final float EXACT_WEIGHT = 10f, NAME_WEIGHT = 2f, LINKS_WEIGHT = 1f;

	/**
	 * What a concept in the claim of a node without a name (evidence, {@link SearchIndex#CLAIM}) earns beside its
	 * combined score, as {@link #NAME_WEIGHT} for a name, where the claim holds two or more of the query's concepts
	 * (see {@link #fieldsQuery}). Why a quarter of a name's: a claim is a sentence that names more things than a name
	 * does. Measured with the claim's score only where it holds two concepts or more, recall@5 / MRR@10 on the
	 * development, second and third development sets: at a quarter 0.962 / 0.898, 0.919 / 0.785, 0.882 / 0.882; at
	 * three eighths 0.958 / 0.900, 0.919 / 0.791, 0.885 / 0.886; at half 0.958 / 0.898, 0.913 / 0.802, 0.885 /
	 * 0.886: above a quarter the evidence of a country or a theme crowds out its practices ("korea roulatie
	 * leraren"). Only where the claim holds every concept: 0.960 / 0.899, 0.898 / 0.781, 0.882 / 0.882. Tried and
	 * not taken before: the claim in the naming field, as if a name (development 0.932 / 0.867: evidence crowded out
	 * the nodes queries name).
	 */
	static final float CLAIM_WEIGHT = 0.5f;

	/**
	 * Why about half of what one concept scores at most (a common word in a short name): a node that matches one more
	 * of the query's concepts, if only in its description, beats a node that matches one concept in its name.
	 */
	static final float COORDINATION_WEIGHT = 10f;

	/**
	 * Why one concept's coordination bonus: what a question asks for ("wanneer": an event) counts as one more of its
	 * concepts, which the nodes that can answer it match. Scores of a question's topic words differ a lot by field and
	 * length ("np onderwijs" in a programme's name, or once in a budget's claim), so less let the kind decide only
	 * between nodes that match alike, and the budget asked for by "hoeveel geld kreeg het np onderwijs?" stayed out of
	 * the top 40.
	 */
	static final float INTENT_WEIGHT = COORDINATION_WEIGHT;

	/**
	 * Why more for evidence: an evidence item has no name, only a claim, which earns a quarter of what a name earns
	 * and only where it holds two or more concepts ({@link #CLAIM_WEIGHT}), so the problem or measure named by the
	 * question's topic outscores it ("effect van metacognitie": the measure Metacognitie ranked above its ratings).
	 * Why not twice: measured, twice lost more on the held-out sets than it gained on the development set (evidence
	 * above the problems and measures that questions also want).
	 */
	static final float EVIDENCE_INTENT_WEIGHT = 1.5f * INTENT_WEIGHT;

	/**
	 * The share of a concept's coordination bonus that a node earns when it holds the concept only in its neighbours'
	 * names ({@link SearchIndex#LINKED_MARK}). Why less than all: the place Veghel, whose school practice employs
	 * zij-instromers, is not what "veghel zij-instromers" asks for; the practice at Veghel is.
	 */
	static final float LINKED_SHARE = 0.5f;

	/** The bonus for a role bound to all that a query names beside it, as much as a concept's coordination bonus. */
	static final float ROLE_WEIGHT = COORDINATION_WEIGHT;

	private static final String[] HIGHLIGHT_FIELDS = { "name", "nameEn", "aliases", "summary", "description",
			"linked" };

	private final SearchIndex index;

	private final NodeReader reader;

	public SearchService(SearchIndex index, NodeReader reader) {
		this.index = index;
		this.reader = reader;
	}

	/** A hit as the index knows it: which node, its score and the marked passages per field. */
	record IndexHit(String label, String key, float score, List<Highlight> highlights) {
	}

	/**
	 * One page of index hits with the total, the facet counts over all hits, the spelling suggestion and the words
	 * nothing matched (empty unless asked for).
	 */
	record Page(List<IndexHit> hits, int total, List<Facet> facets, String didYouMean, List<String> unmatchedWords) {
	}

	/** A page of the nodes matching {@code text}, best first, narrowed to the given kinds and graph conditions. */
	public SearchResults search(String text, List<SearchKind> kinds, SearchFilter where, Paging paging) {
		return search(text, kinds, where, paging, false);
	}

	/**
	 * {@link #search(String, List, SearchFilter, Paging)}, and where {@code withUnmatchedWords} asks, the query's
	 * words that no node under the same conditions matches ({@link #unmatchedWords}).
	 */
	public SearchResults search(String text, List<SearchKind> kinds, SearchFilter where, Paging paging,
			boolean withUnmatchedWords) {
		Page page = this.index.search((snapshot) -> find(snapshot, text, kinds, where, paging.offset(), paging.limit(),
				withUnmatchedWords));
		Map<String, GraphNode> nodes = nodes(page.hits().stream().map((h) -> new String[] { h.label(), h.key() }).toList());
		List<Hit> hits = new ArrayList<>();
		for (IndexHit hit : page.hits()) {
			GraphNode node = nodes.get(hit.label() + ":" + hit.key());
			if (node != null) { // else deleted since it was indexed; the next update drops it
				hits.add(new Hit(node, hit.score(), hit.highlights()));
			}
		}
		Connection<Hit> connection = Connection.of(hits, paging, page.total());
		return new SearchResults(connection.edges(), connection.pageInfo(), page.total(), page.facets(),
				page.didYouMean(), page.unmatchedWords());
	}

	/** The index part of a search: everything but reading the nodes from the graph. */
	static Page find(SearchIndex.Snapshot snapshot, String text, List<SearchKind> kinds, SearchFilter where,
			int offset, int limit) {
		return find(snapshot, text, kinds, where, offset, limit, false);
	}

	/** {@link #find(SearchIndex.Snapshot, String, List, SearchFilter, int, int)}, with {@link #unmatchedWords} if asked. */
	static Page find(SearchIndex.Snapshot snapshot, String text, List<SearchKind> kinds, SearchFilter where,
			int offset, int limit, boolean withUnmatchedWords) {
		List<String> typed = checkedWords(text, snapshot);
		try {
			QuestionIntents.Intent intent = QuestionIntents.BUNDLED.of(typed);
			List<String> words = snapshot.analysis().joinedParticleVerbs(asIndexed(intent.topic(), snapshot));
			Map<String, List<String>> corrections = corrections(words, snapshot);
			Query textQuery = textQuery(words.equals(typed) ? text : String.join(" ", words), words, lastOf(words),
					corrections, snapshot, withPracticesAbroad(intent.answers(), words, snapshot),
					agentNouns(text, words));
			String didYouMean = didYouMean(words, corrections);
			List<String> unmatched = withUnmatchedWords ? unmatchedWords(snapshot, words, corrections, kinds, where)
					: List.of();
			if (textQuery == null) {
				return new Page(List.of(), 0, List.of(), didYouMean, unmatched);
			}
			IndexSearcher searcher = snapshot.searcher();
			Query all = narrowed(textQuery, kinds, where, searcher.getIndexReader());
			// Why one pass that scores every hit, not a top page that skips blocks of documents whose best possible
			// score cannot enter it (block-max pruning) beside an unscored count: where a search is costly its words
			// are common, most hits match most concepts and few blocks can be skipped, and the upper bounds of a
			// concept's synonyms cost more than they save. Over 20,000 generated documents the slowest queries' top
			// 10 took 10.4 ms instead of 15.5 ms (thread CPU), with the same hits and scores.
			int wanted = Math.max(1, offset + limit);
			TopScoreDocCollector top = TopScoreDocCollector.create(wanted, Integer.MAX_VALUE);
			FacetCounts facets = new FacetCounts(top);
			searcher.search(all, facets);
			TopDocs topDocs = top.topDocs(offset, limit);
			return new Page(hits(snapshot, textQuery, topDocs.scoreDocs), facets.total(), facets.result(),
					didYouMean, unmatched);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("query", "too many words or synonyms in one query; use fewer words");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Up to 10 names that contain words starting with what was typed; the last word may be incomplete. */
	public List<Suggestion> suggest(String prefix, List<SearchKind> kinds) {
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidInputException("prefix", "at most " + MAX_PREFIX_LENGTH + " characters");
		}
		List<String[]> refs = this.index.search((snapshot) -> suggestions(snapshot, prefix, kinds));
		Map<String, GraphNode> nodes = nodes(refs);
		return refs.stream()
			.filter((r) -> nodes.containsKey(r[0] + ":" + r[1]))
			.map((r) -> new Suggestion(r[2], SearchKind.ofLabel(r[0]), nodes.get(r[0] + ":" + r[1])))
			.toList();
	}

	/** The index part of a suggestion: label, key and name of up to 10 nodes. */
	static List<String[]> suggestions(SearchIndex.Snapshot snapshot, String prefix, List<SearchKind> kinds) {
		List<String> words = words(snapshot.analysis().plain(), prefix);
		if (words.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			Term term = new Term(SearchIndex.SUGGEST, words.get(i));
			// Why a prefix only on the last word: the words before it are complete.
			query.add((i == words.size() - 1) ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
		}
		kindsFilter(kinds).ifPresent((filter) -> query.add(filter, Occur.FILTER));
		try {
			IndexSearcher searcher = snapshot.searcher();
			ScoreDoc[] candidates = searcher.search(query.build(), 200).scoreDocs;
			Arrays.sort(candidates, Comparator.comparingInt((ScoreDoc d) -> d.doc));
			// Why doc values: ranking 200 candidates by their folded names must not decompress 200 stored documents.
			BinaryDocValues folded = MultiDocValues.getBinaryValues(searcher.getIndexReader(), SearchIndex.FOLDED_NAME);
			Map<Integer, String> names = new HashMap<>();
			for (ScoreDoc candidate : candidates) {
				if (folded != null && folded.advanceExact(candidate.doc)) {
					names.put(candidate.doc, folded.binaryValue().utf8ToString());
				}
			}
			String typed = String.join(" ", words);
			// Why this order: names that start with the typed text first, then the shortest (most specific) names.
			List<Integer> top = names.keySet().stream()
				.sorted(Comparator.comparing((Integer d) -> !names.get(d).startsWith(typed))
					.thenComparing((d) -> names.get(d).length())
					.thenComparing(names::get))
				.limit(MAX_SUGGESTIONS)
				.toList();
			StoredFields stored = searcher.storedFields();
			List<String[]> suggestions = new ArrayList<>();
			for (int doc : top) {
				Document d = stored.document(doc, Set.of(SearchIndex.LABEL, SearchIndex.KEY, "name"));
				suggestions.add(new String[] { d.get(SearchIndex.LABEL), d.get(SearchIndex.KEY), d.get("name") });
			}
			return suggestions;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("prefix", "matches too many words; type a longer prefix");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query's {@code words}, as the search reads them, that no node of the given kinds and conditions matches in
	 * any form, synonym or {@code corrections}: what the graph holds nothing about ("schaken op school": schaken), so
	 * that a client can say that its hits answer only the other words. Each word is searched alone and only counted.
	 */
	private static List<String> unmatchedWords(SearchIndex.Snapshot snapshot, List<String> words,
			Map<String, List<String>> corrections, List<SearchKind> kinds, SearchFilter where) throws IOException {
		IndexSearcher searcher = snapshot.searcher();
		List<String> unmatched = new ArrayList<>();
		for (String word : new LinkedHashSet<>(words)) {
			Map<String, List<String>> itsCorrections = corrections.containsKey(word)
					? Map.of(word, corrections.get(word)) : Map.of();
			// Why completed only where the search completes it: as the query's last word
			String unfinished = word.equals(lastOf(words)) ? word : null;
			Query alone = textQuery(word, List.of(word), unfinished, itsCorrections, snapshot, Set.of(), Set.of());
			// a stop word or a filler has no query of its own: nothing to report
			if (alone != null && searcher.count(narrowed(alone, kinds, where, searcher.getIndexReader())) == 0) {
				unmatched.add(word);
			}
		}
		return unmatched;
	}

	/** {@code textQuery} narrowed to the given kinds and graph conditions. */
	private static Query narrowed(Query textQuery, List<SearchKind> kinds, SearchFilter where, IndexReader reader)
			throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
		kindsFilter(kinds).ifPresent((filter) -> query.add(filter, Occur.FILTER));
		((where != null) ? where : SearchFilter.NONE).addTo(query, reader);
		return query.build();
	}

	/** Only nodes of these kinds; none when null or empty. */
	private static Optional<Query> kindsFilter(List<SearchKind> kinds) {
		if (kinds == null || kinds.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TermInSetQuery(SearchIndex.LABEL, kinds.stream().map((k) -> new BytesRef(k.label)).toList()));
	}

	private static List<String> checkedWords(String text, SearchIndex.Snapshot snapshot) {
		if (text.isBlank()) {
			throw new InvalidInputException("query", "must contain at least one word");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("query", "at most " + MAX_QUERY_LENGTH + " characters, was " + text.length());
		}
		List<String> words = words(snapshot.analysis().plain(), text);
		if (words.size() > MAX_WORDS) {
			throw new InvalidInputException("query", "at most " + MAX_WORDS + " words");
		}
		return words;
	}

	/**
	 * The query for a text, null when it holds no searchable word: the sum of its concepts' combined-field scores
	 * (see {@link ConceptQueryBuilder}), a large bonus for a whole-name match, a small one for corrections of
	 * unknown words, and the completions of the word that may have been typed half-way ({@code unfinished}, or null).
	 */
	static Query textQuery(String text, List<String> words, String unfinished, Map<String, List<String>> corrections,
			SearchIndex.Snapshot snapshot, Set<String> answers, Set<String> agents) {
		Query typed = fieldsQuery(text, snapshot);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean any = false;
		if (typed != null) {
			query.add(typed, Occur.SHOULD);
			any = true;
		}
		for (List<String> options : corrections.values()) {
			for (String correction : options) {
				Query corrected = fieldsQuery(correction, snapshot);
				if (corrected != null) {
					float weight = correction.equals(options.get(0)) ? BEST_CORRECTION_WEIGHT : CORRECTION_WEIGHT;
					query.add(new BoostQuery(corrected, weight), Occur.SHOULD);
					any = true;
				}
			}
		}
		Query incomplete = (unfinished != null) ? completed(unfinished, snapshot) : null;
		if (incomplete != null) {
			query.add(incomplete, Occur.SHOULD);
			any = true;
		}
		if (!any) {
			return null;
		}
		// Why: a query that is exactly a node's name or alias ("lerarentekort", "leraar") wants that node first.
		query.add(new BoostQuery(new TermQuery(new Term(SearchIndex.EXACT, snapshot.analysis().nameKey(words))), EXACT_WEIGHT),
				Occur.SHOULD);
		// Why: among nodes that match alike, the one more nodes link to (a parent above its parts) comes first; it
		// only ranks what the text matched.
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(query.build(), Occur.MUST)
			.add(new StaticScoreQuery(FeatureField.newLogQuery(SearchIndex.FEATURES, SearchIndex.LINKS, LINKS_WEIGHT, 1f)),
					Occur.SHOULD);
		// Why a fixed amount for the answer a question asks for ("wanneer": an event, "hoeveel geld": a figure in
		// euros): among the nodes its other words match, those first; it only ranks what the text matched.
		answers.forEach((answer) -> ranked.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(
				SearchIndex.ANSWER, answer))), answer.equals(SearchKind.EVIDENCE.label) ? EVIDENCE_INTENT_WEIGHT
						: INTENT_WEIGHT), Occur.SHOULD));
		// Why a person for an agent noun ("mbo'ers", "zzp'er"): it names the people of what it is built on, so among
		// the nodes that match it the target group or role comes first, not the programme or the school whose text
		// says "vmbo".
		for (String agent : agents) {
			ranked.add(new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchIndex.ALL, snapshot.analysis().stem(agent))), Occur.MUST)
				.add(new TermQuery(new Term(SearchIndex.ANSWER, SearchIndex.PERSON)), Occur.FILTER)
				.build()), INTENT_WEIGHT), Occur.SHOULD);
		}
		boundRoles(words, snapshot.analysis()).ifPresent((bound) -> ranked.add(bound, Occur.SHOULD));
		return ranked.build();
	}

	/**
	 * For a query that names a role and one end of it ("wie betaalt de effectmeting", "waar is het nro uitvoerder
	 * van"): a bonus of up to {@link #ROLE_WEIGHT} for both ends of each involvement or tie with one of its roles whose
	 * names hold its other words, a share per word (see {@link SearchIndex#BOUND_ROLES}).
	 */
	private static Optional<Query> boundRoles(List<String> words, DutchAnalysis analysis) {
		Set<String> roles = new TreeSet<>();
		Set<String> topic = new LinkedHashSet<>();
		for (String stem : analysis.contentStems(words)) {
			Set<String> named = SearchIndex.ROLES_BY_STEM.get(stem);
			if (named != null) {
				roles.addAll(named);
			}
			else {
				topic.add(stem);
			}
		}
		if (roles.isEmpty() || topic.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder bound = new BooleanQuery.Builder();
		for (String stem : topic) {
			BooleanQuery.Builder anyRole = new BooleanQuery.Builder();
			roles.forEach((role) -> anyRole.add(new TermQuery(new Term(SearchIndex.BOUND_ROLES, role + " " + stem)),
					Occur.SHOULD));
			bound.add(new BoostQuery(new ConstantScoreQuery(anyRole.build()), ROLE_WEIGHT / topic.size()), Occur.SHOULD);
		}
		return Optional.of(bound.build());
	}

	/**
	 * The answers a query asks for, with the practices abroad where it asks for a way to act (an intervention) and
	 * names a country. Why: what a country does about a problem is its practice, no intervention here; "hoe pakken de
	 * Duitsers hun tekort aan leraren aan" wants Germany's practices, and ranked this country's problems above them.
	 * Why only with a country named: the practices abroad are mostly about the teacher shortage, and "wat helpt tegen
	 * het lerarentekort" asks what a school here can do.
	 */
	private static Set<String> withPracticesAbroad(Set<String> answers, List<String> words,
			SearchIndex.Snapshot snapshot) throws IOException {
		String practice = SearchKind.INTERNATIONAL_PRACTICE.label;
		if (!answers.contains(SearchKind.INTERVENTION.label) || answers.contains(practice)) {
			return answers;
		}
		BooleanQuery.Builder names = new BooleanQuery.Builder();
		words(snapshot.analysis().query(), String.join(" ", words)).stream().distinct()
			.forEach((term) -> names.add(new TermQuery(new Term(SearchIndex.NAMES, term)), Occur.SHOULD));
		Query country = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchIndex.LABEL, SearchKind.COUNTRY.label)), Occur.FILTER)
			.add(names.build(), Occur.MUST)
			.build();
		if (snapshot.searcher().count(country) == 0) {
			return answers;
		}
		Set<String> abroad = new LinkedHashSet<>(answers);
		abroad.add(practice);
		return abroad;
	}

	/** An abbreviation or word with the clitic of an agent noun, with or without its apostrophe: "mbo'ers", "zzpers". */
	private static final Pattern AGENT_NOUN = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*)['’]?(ers?)\\b");

	/**
	 * The words of the query that were typed as agent nouns, by the word they are built on ("mbo'ers", "zzpers":
	 * mbo, zzp): those whose clitic the analysis dropped, so the query's words hold the base, not the word typed.
	 */
	static Set<String> agentNouns(String text, List<String> words) {
		Set<String> agents = new LinkedHashSet<>();
		Matcher agent = AGENT_NOUN.matcher(text.toLowerCase(Locale.ROOT));
		while (agent.find()) {
			String base = agent.group(1);
			if (words.contains(base) && !words.contains(base + agent.group(2))) {
				agents.add(base);
			}
		}
		return agents;
	}

	/**
	 * The last typed word completed, when no indexed text holds that word itself: the indexed words it begins (the
	 * {@value #MAX_COMPLETIONS} most frequent) as one concept, scored like a typed word; at a correction's weight when
	 * the word is Dutch (then it may be meant whole); null when nothing completes it. Why scored, not one fixed amount
	 * for every node that holds a completion: people type into the search box as into suggest and stop mid-word
	 * ("fiore", "zomerc"), and then the node whose own name completes it comes first, not every node whose text or
	 * neighbour names it, and not the nodes of a word one edit away ("zomers").
	 */
	private static Query completed(String last, SearchIndex.Snapshot snapshot) {
		DutchAnalysis analysis = snapshot.analysis();
		IndexReader reader = snapshot.searcher().getIndexReader();
		try {
			if (last.length() < MIN_PREFIX_WORD || indexed(last, reader)) {
				return null;
			}
			Set<String> stems = new LinkedHashSet<>();
			for (String completion : completions(last, reader)) {
				String stem = analysis.stem(completion);
				if (stemIndexed(stem, reader)) {
					stems.add(stem);
				}
			}
			if (stems.isEmpty()) {
				return null;
			}
			Query concept = new MatchBonusQuery(ConceptQueryBuilder.combined(stems.stream().map(BytesRef::new).toList(), 1f),
					COORDINATION_WEIGHT * LINKED_SHARE);
			return analysis.isWord(last) ? new BoostQuery(concept, CORRECTION_WEIGHT) : concept;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last of the words, null for none. */
	private static String lastOf(List<String> words) {
		return words.isEmpty() ? null : words.get(words.size() - 1);
	}

	/** The indexed surface words that begin with the prefix, the most frequent first, at most {@value #MAX_COMPLETIONS}. */
	private static List<String> completions(String prefix, IndexReader reader) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, SearchIndex.SPELL);
		if (terms == null) {
			return List.of();
		}
		TermsEnum words = terms.iterator();
		BytesRef start = new BytesRef(prefix);
		Map<String, Integer> frequencies = new HashMap<>();
		if (words.seekCeil(start) != TermsEnum.SeekStatus.END) {
			// Why a bound on the words read: a short beginning of a generated corpus's words may begin thousands.
			for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, start)
					&& frequencies.size() < MAX_COMPLETION_CANDIDATES; word = words.next()) {
				frequencies.put(word.utf8ToString(), words.docFreq());
			}
		}
		return frequencies.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_COMPLETIONS)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The text as one clause per concept of the query, or null when it holds no searchable word. */
	private static Query fieldsQuery(String text, SearchIndex.Snapshot snapshot) {
		ConceptQueryBuilder builder = new ConceptQueryBuilder(snapshot.analysis(), derivedNouns(text, snapshot));
		Query concepts = builder.createBooleanQuery("", text, Occur.SHOULD);
		// Why only a sum of concepts: one concept is itself a query over all fields with its naming fields beside it
		if (!(concepts instanceof BooleanQuery all) || all.clauses().size() < 2
				|| all.clauses().stream().anyMatch((clause) -> clause.getOccur() != Occur.SHOULD)) {
			return concepts;
		}
		// Why a fixed amount per concept matched (coordination): a node with both "kind" and "mishandeling" must
		// beat one whose name repeats "kind", however the two words' field scores compare.
		// Why a bonus on the clause itself, not a second clause: each concept's postings are then read once.
		// Why the linked share here: each concept adds the rest of the bonus where the node's own words hold it.
		BooleanQuery.Builder coordinated = new BooleanQuery.Builder();
		for (BooleanClause clause : all.clauses()) {
			coordinated.add(new MatchBonusQuery(clause.getQuery(), COORDINATION_WEIGHT * LINKED_SHARE),
					clause.getOccur());
		}
		// Why the claim's score per concept, as a name's: an evidence item has no name, so an item whose claim held
		// every word of the query ranked below named nodes whose names held fewer of them. Why only where the claim
		// holds two concepts or more: a name says with one word what a node is, a claim's sentence mentions many
		// things in passing ("moerwijk": the director's interview that names the neighbourhood above the school there).
		if (builder.claims().createBooleanQuery("", text, Occur.SHOULD) instanceof BooleanQuery claims) {
			BooleanQuery.Builder several = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
			claims.clauses().forEach(several::add);
			coordinated.add(several.build(), Occur.SHOULD);
		}
		return coordinated.build();
	}

	/** The subject after the verb of an inverted question ("hoe verlaag ik", "wat doe je"). */
	private static final Set<String> SUBJECTS = Set.of("ik", "je", "jij", "we", "wij", "u", "men");

	/**
	 * The stems of the nouns derived from the text's adjectives and verbs ("zieke": ziekt, of "ziekte") and of the
	 * other forms of its verbs ("daalt": gedaald, daling) that the index holds, by the stem of the word they are
	 * derived from. See {@link DutchAnalysis#derivedNouns(String)} and {@link DutchAnalysis#verbForms}.
	 */
	private static Map<String, List<String>> derivedNouns(String text, SearchIndex.Snapshot snapshot) {
		Map<String, List<String>> derived = new HashMap<>();
		DutchAnalysis analysis = snapshot.analysis();
		try {
			List<String> words = words(analysis.plain(), text);
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				boolean beforeSubject = i + 1 < words.size() && SUBJECTS.contains(words.get(i + 1));
				List<String> nouns = new ArrayList<>(analysis.derivedNouns(word));
				nouns.addAll(analysis.verbForms(word, beforeSubject));
				for (String noun : nouns) {
					String stem = analysis.stem(noun);
					if (stemIndexed(stem, snapshot.searcher().getIndexReader())) {
						derived.computeIfAbsent(analysis.stem(word), (w) -> new ArrayList<>()).add(stem);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return derived;
	}

	/**
	 * Turns each word of the query, with its synonyms, into one concept scored over all text fields at once (BM25F:
	 * one term-frequency-weighted field, {@link SearchIndex#ALL}, queried with a {@link SynonymQuery}), and the
	 * concepts into a sum. Why: a node matching two of the query's words anywhere must outrank a node that has one
	 * common word in its name, and a word with five synonyms must not count five times.
	 */
	static final class ConceptQueryBuilder extends QueryBuilder {

		private final DutchAnalysis analysis;

		/** Stems that count as the same concept as a query word's stem in this query ("ziek": ziekt), by stem. */
		private final Map<String, List<String>> alternatives;

		/** Whether each concept is scored over the claim of a node without a name alone ({@link #claims}). */
		private final boolean claims;

		ConceptQueryBuilder(DutchAnalysis analysis, Map<String, List<String>> alternatives) {
			this(analysis, alternatives, false);
		}

		private ConceptQueryBuilder(DutchAnalysis analysis, Map<String, List<String>> alternatives, boolean claims) {
			super(analysis.query());
			this.analysis = analysis;
			this.alternatives = alternatives;
			this.claims = claims;
		}

		/**
		 * The builder that scores each concept over the claim of a node without a name ({@link SearchIndex#CLAIM})
		 * alone, at {@link #CLAIM_WEIGHT}: what {@link #fieldsQuery} adds where a claim holds several concepts.
		 */
		ConceptQueryBuilder claims() {
			return new ConceptQueryBuilder(this.analysis, this.alternatives, true);
		}

		/** One concept's terms: {@link #combined}, or scored over the claim alone for {@link #claims()}. */
		private Query concept(List<BytesRef> terms, float share) {
			return this.claims ? new BoostQuery(fieldScore(SearchIndex.CLAIM, terms), CLAIM_WEIGHT)
					: combined(terms, share);
		}

		/**
		 * The terms with their alternatives, each once. Why once: a SynonymQuery adds up the frequencies of its terms,
		 * so a term twice ("scholen": schol, and its derived "school": schol) counted its matches twice.
		 */
		private List<BytesRef> withAlternatives(List<BytesRef> terms) {
			Set<BytesRef> all = new LinkedHashSet<>(terms);
			terms.forEach((t) -> this.alternatives.getOrDefault(t.utf8ToString(), List.of())
				.forEach((alternative) -> all.add(new BytesRef(alternative))));
			return List.copyOf(all);
		}

		/** Why the parts as an alternative: "schoollunch" is also "lunch" on "school", "huiswerkklas" in a text. */
		@Override
		protected Query newTermQuery(Term term, float boost) {
			Query whole = concept(withAlternatives(List.of(term.bytes())), 1f);
			List<String> parts = this.analysis.parts(term.text());
			if (parts.isEmpty()) {
				return whole;
			}
			BooleanQuery.Builder allParts = new BooleanQuery.Builder();
			for (String part : parts) {
				// Why a part's synonyms: "docententekort" is found as a lerarentekort (lerar + tekort).
				List<BytesRef> equivalents = new ArrayList<>(List.of(new BytesRef(part)));
				this.analysis.wordSynonyms(part).forEach((synonym) -> equivalents.add(new BytesRef(synonym)));
				// Why a share of the bonus per part: all parts in the node's own words are one concept there.
				allParts.add(concept(equivalents, 1f / parts.size()), Occur.MUST);
			}
			if (this.claims) {
				return new DisjunctionMaxQuery(List.of(whole, allParts.build()), 0f);
			}
			// Why less for a name that holds the word only inside a longer compound: the parts match "Cultuurzomerschool"
			// as well as "Zomer- of lentescholen", and so does the word, as a part; the name with the word itself, or
			// about something else, comes first.
			Query notInsideName = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchIndex.NAME_WORDS, term.bytes())), Occur.SHOULD)
				.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
					.add(new TermQuery(new Term(SearchIndex.NAMES, term.bytes())), Occur.MUST_NOT)
					.build(), Occur.SHOULD)
				.build();
			return new BooleanQuery.Builder()
				.add(new DisjunctionMaxQuery(List.of(whole, allParts.build()), 0f), Occur.MUST)
				.add(new BoostQuery(new ConstantScoreQuery(notInsideName), NAME_WORD_WEIGHT), Occur.SHOULD)
				.build();
		}

		@Override
		protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
			return concept(withAlternatives(Arrays.stream(terms).map((t) -> t.term).toList()), 1f);
		}

		/** Why a max: the wordings of one synonym group ("tekort aan leraren", "lerarentekort") are one concept. */
		@Override
		protected Query newGraphSynonymQuery(Iterator<Query> queries) {
			List<Query> wordings = new ArrayList<>();
			queries.forEachRemaining((wording) -> wordings.add(perWord(wording)));
			return (wordings.size() == 1) ? wordings.get(0) : new DisjunctionMaxQuery(wordings, 0f);
		}

		/**
		 * A wording of several words scored as the mean of its words. Why: "scholen dicht" as a wording of
		 * "schoolsluiting" is one concept; as a sum of two words' scores it counted double, and a node matching it
		 * beat the node that also matched the query's rare word ("japan schoolsluiting").
		 */
		private static Query perWord(Query wording) {
			// Why required clauses: a wording of several words requires each; the query of one word is a required
			// clause with optional ones beside it (its naming fields), which is no wording of several words.
			long words = (wording instanceof BooleanQuery b)
					? b.clauses().stream().filter((clause) -> clause.getOccur() == Occur.MUST).count() : 1;
			return (words > 1) ? new BoostQuery(wording, 1f / words) : wording;
		}

		/**
		 * One concept: its combined score over all fields (its own words and its neighbours' names, {@link
		 * SearchIndex#LINKED_MARK marked}), plus its score over the naming fields alone. Why both: over all fields a
		 * long description dilutes a name, yet the word in a short name says most about what a node is. Where its own
		 * words hold the concept the node earns the rest of the concept's coordination bonus (see
		 * {@link #LINKED_SHARE}), this share of it. Why the marked words in the same score, not apart: scored apart,
		 * a neighbour's name no longer counts towards the word's combined frequency, and a parent whose parts name the
		 * query's word ("Feedback") fell below its parts; {@link OwnWordBonusQuery} tells own from marked words in the
		 * one pass over their postings.
		 */
		private static Query combined(List<BytesRef> terms, float share) {
			// Why the naming fields optional beside a required whole: they hold nothing the merged field does not,
			// so a search that only counts hits reads the merged field alone.
			float ownBonus = COORDINATION_WEIGHT * (1 - LINKED_SHARE) * share;
			Query names = new BoostQuery(fieldScore(SearchIndex.NAMES, terms), NAME_WEIGHT);
			return new BooleanQuery.Builder()
				.add(new OwnWordBonusQuery(SearchIndex.ALL, marked(terms, SearchIndex.ALL, ""),
						marked(terms, SearchIndex.ALL, SearchIndex.LINKED_MARK), ownBonus), Occur.MUST)
				.add(names, Occur.SHOULD)
				.build();
		}

		/**
		 * The terms as one word of the field, scored over that field alone. Why an OwnWordBonusQuery without linked
		 * words or bonus, not a SynonymQuery: it scores the same (the synonym statistics, the summed frequency), with
		 * the segment's norms read from an array.
		 */
		private static Query fieldScore(String field, List<BytesRef> terms) {
			return new OwnWordBonusQuery(field, marked(terms, field, ""), List.of(), 0f);
		}

		/** The terms, each with the mark before it, in the field. */
		private static List<Term> marked(List<BytesRef> terms, String field, String mark) {
			return terms.stream().map((term) -> new Term(field, mark + term.utf8ToString())).toList();
		}

	}

	/**
	 * For each word of {@value #MIN_CORRECTED_LENGTH}+ letters that is neither a Dutch word (the lexicon) nor in any
	 * indexed text, the closest indexed words: one edit away for words up to 7 letters, two from 8; the first letter
	 * must match. At most {@value #MAX_CORRECTED_WORDS} words are looked up per search.
	 */
	static Map<String, List<String>> corrections(List<String> words, SearchIndex.Snapshot snapshot) throws IOException {
		Map<String, List<String>> corrections = new LinkedHashMap<>();
		DutchAnalysis analysis = snapshot.analysis();
		int lookups = 0;
		for (String word : words) {
			// Why a Dutch word is never corrected: "assistent" is no typo of "assistant", "meesters" none of "meeste". A
			// compound of Dutch words is, where no text holds it: a typo is often one ("presatiedruk": pres + atie +
			// druk, "werkdurk": werk + durk), and found nothing or only its parts.
			boolean compound = analysis.isCompound(word);
			if (word.length() < MIN_CORRECTED_LENGTH || word.length() > MAX_CORRECTED_LENGTH
					|| corrections.containsKey(word) || analysis.isListedWord(word)
					|| compound && stemIndexed(analysis.stem(word), snapshot.searcher().getIndexReader())) {
				continue;
			}
			// Why a budget: each lookup walks a Levenshtein automaton over the terms; 32 unknown words cost 0.5 s.
			if (++lookups > MAX_CORRECTED_WORDS) {
				break;
			}
			DirectSpellChecker spell = new DirectSpellChecker();
			spell.setMinQueryLength(MIN_CORRECTED_LENGTH);
			// Why one edit for a compound: a typo that splits into Dutch words is one slip (a letter left out, two
			// swapped: one edit here); two edits away a real compound no text holds is another word, and the wider
			// automaton costs the most.
			spell.setMaxEdits((word.length() >= 8 && !compound) ? 2 : 1);
			spell.setMinPrefix(1);
			SuggestWord[] found = spell.suggestSimilar(new Term(SearchIndex.SPELL, word), CORRECTIONS,
					snapshot.searcher().getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (found.length > 0) {
				corrections.put(word, Arrays.stream(found).map((s) -> s.string).toList());
			}
		}
		return corrections;
	}

	/**
	 * The words as the indexed texts write them, where a word as typed is in none of them:
	 * <ul>
	 * <li>without the clitic of a Dutch apostrophe plural or agent noun typed without its apostrophe ("LIOs",
	 * "pabos", "zzpers", "herstelprogrammas"): a word that is no lexicon head word becomes its beginning without
	 * {@code s}, {@code er} or {@code ers} when that is indexed. Why here and not in the analysis: only the index
	 * tells "zzp" (from "zzp'ers") from a Dutch word ending in "ers". Why the limits: after a consonant Snowball
	 * already drops the {@code s} of a word, and an {@code er} noun of an abbreviation is short ("ib'er", "ict'er");
	 * <li>a loan word's plural in {@code es} as its singular ("schoollunches", "coaches"): Snowball leaves the
	 * {@code es}, and the lexicon knows the plural, so it was neither found nor corrected;
	 * <li>joined with the next word where the two make one indexed word ("emmaus college": Emmauscollege). Why only
	 * then: two words that are each indexed are two concepts ("huiswerk klas" finds both), but a word in no text
	 * found nothing, and its neighbour alone ranked every other college first.
	 * </ul>
	 */
	static List<String> asIndexed(List<String> words, SearchIndex.Snapshot snapshot) throws IOException {
		IndexReader reader = snapshot.searcher().getIndexReader();
		List<String> result = new ArrayList<>(words.size());
		for (String word : words) {
			result.add(withoutUnwrittenEnding(word, reader));
		}
		for (int i = result.size() - 2; i >= 0; i--) {
			String joined = result.get(i) + result.get(i + 1);
			if ((!indexed(result.get(i), reader) || !indexed(result.get(i + 1), reader)) && indexed(joined, reader)) {
				result.set(i, joined);
				result.remove(i + 1);
			}
		}
		return result;
	}

	/** Whether an indexed text holds the word as typed (lower case, folded). */
	private static boolean indexed(String word, IndexReader reader) throws IOException {
		return reader.docFreq(new Term(SearchIndex.SPELL, word)) > 0;
	}

	/** Whether a node's own words or its neighbours' names hold the stem. */
	private static boolean stemIndexed(String stem, IndexReader reader) throws IOException {
		return reader.docFreq(new Term(SearchIndex.ALL, stem)) > 0
				|| reader.docFreq(new Term(SearchIndex.ALL, SearchIndex.LINKED_MARK + stem)) > 0;
	}

	private static String withoutUnwrittenEnding(String word, IndexReader reader) throws IOException {
		if (word.length() < 3 || indexed(word, reader)) {
			return word;
		}
		String singular = word.substring(0, word.length() - 2);
		if (word.endsWith("es") && singular.length() >= MIN_LOAN_SINGULAR && indexed(singular, reader)) {
			return singular;
		}
		if (!word.endsWith("s") && !word.endsWith("er") || DutchAnalysis.Lexicon.WORDS.contains(word)) {
			return word;
		}
		for (String clitic : List.of("ers", "er", "s")) {
			String base = word.substring(0, word.length() - clitic.length());
			boolean plausible = clitic.equals("s")
					? base.length() >= 2 && (base.length() <= MAX_ABBREVIATION || "aeiouy".indexOf(base.charAt(base.length() - 1)) >= 0)
					: base.length() >= 2 && base.length() <= MAX_ABBREVIATION;
			if (word.endsWith(clitic) && plausible && indexed(base, reader)) {
				return base;
			}
		}
		return word;
	}

	/** The query with each corrected word replaced by its best correction, or null when nothing changes. */
	private static String didYouMean(List<String> words, Map<String, List<String>> corrections) {
		if (corrections.isEmpty()) {
			return null;
		}
		return String.join(" ", words.stream()
			.map((w) -> corrections.containsKey(w) ? corrections.get(w).get(0) : w)
			.toList());
	}

	private static List<IndexHit> hits(SearchIndex.Snapshot snapshot, Query textQuery, ScoreDoc[] page)
			throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		IndexSearcher searcher = snapshot.searcher();
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, snapshot.fieldAnalyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxNoHighlightPassages(0)
			.withHandleMultiTermQuery(false)
			// Why term offsets, not weight matches: matches() builds the whole scoring query again per document and field.
			.withWeightMatches(false)
			// Why: the query's words are terms of the merged fields; they mark the same words in each text field.
			.withFieldMatcher((field) -> field.equals(SearchIndex.ALL))
			.build();
		int[] passages = new int[HIGHLIGHT_FIELDS.length];
		Arrays.fill(passages, 1);
		Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHT_FIELDS, textQuery,
				new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), passages);
		List<IndexHit> hits = new ArrayList<>();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int i = 0; i < page.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
			int doc = page[i].doc - leaf.docBase;
			SortedDocValues labels = DocValues.getSorted(leaf.reader(), SearchIndex.LABEL);
			BinaryDocValues keys = DocValues.getBinary(leaf.reader(), SearchIndex.KEY);
			if (!labels.advanceExact(doc) || !keys.advanceExact(doc)) {
				throw new IllegalStateException("indexed document without label or key: " + page[i].doc);
			}
			String label = labels.lookupOrd(labels.ordValue()).utf8ToString();
			List<Highlight> highlights = new ArrayList<>();
			for (String field : HIGHLIGHT_FIELDS) {
				String snippet = snippets.get(field)[i];
				if (snippet != null) {
					highlights.add(new Highlight(propertyName(label, field), snippet));
				}
			}
			hits.add(new IndexHit(label, keys.binaryValue().utf8ToString(), page[i].score, highlights));
		}
		return hits;
	}

	/** The records of the given [label, key, …] references by "label:key", in one read. */
	private Map<String, GraphNode> nodes(List<String[]> refs) {
		Map<String, List<String>> keysByLabel = new LinkedHashMap<>();
		refs.forEach((r) -> keysByLabel.computeIfAbsent(r[0], (l) -> new ArrayList<>()).add(r[1]));
		return this.reader.allByLabel(keysByLabel);
	}

	/** The field as the node's GraphQL type calls it (an evidence item's summary is its claim). */
	private static String propertyName(String label, String field) {
		return switch (label + "." + field) {
			case "Evidence.summary" -> "claim";
			case "Evidence.description" -> "citation";
			case "Evidence.nameEn" -> "strand";
			case "TimelineEvent.name" -> "title";
			default -> field;
		};
	}

	static List<String> words(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
