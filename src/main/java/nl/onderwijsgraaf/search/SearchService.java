package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.search.SearchResults.Facet;
import nl.onderwijsgraaf.search.SearchResults.FacetValue;
import nl.onderwijsgraaf.search.SearchResults.Highlight;
import nl.onderwijsgraaf.search.SearchResults.Hit;
import nl.onderwijsgraaf.search.SearchResults.Suggestion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Service;

/**
 * Dutch full-text search and name suggestions over the {@link SearchIndex}. User text is only ever analysed into
 * words from which queries are built programmatically: there is no query syntax to inject.
 */
@Service
public class SearchService {

	static final int MAX_QUERY_LENGTH = 500, MAX_WORDS = 32, MAX_PREFIX_LENGTH = 100, MAX_SUGGESTIONS = 10;

	/** Why: a typo match is worth less than the word itself, so exact matches rank first. */
	static final float FUZZY_WEIGHT = 0.3f;

	static final float FIELD_TIE_BREAKER = 0.3f, EXACT_WEIGHT = 10f;

	/** Why only these: fuzzy expansion in every field multiplies clauses and drags in noise from long texts. */
	private static final Set<String> FUZZY_FIELDS = Set.of("name", "aliases", "nameEn", "summary");

	private static final String[] HIGHLIGHT_FIELDS = { "name", "nameEn", "aliases", "summary", "description",
			"linked" };

	private final SearchIndex index;

	private final NodeReader reader;

	private final GraphTypes types;

	public SearchService(SearchIndex index, NodeReader reader, GraphTypes types) {
		this.index = index;
		this.reader = reader;
		this.types = types;
	}

	/** A page of the nodes matching {@code text}, best first, optionally only of the given kinds. */
	public SearchResults search(String text, List<SearchKind> kinds, Paging paging) {
		SearchIndex.Snapshot snapshot = this.index.current();
		checkQuery(text, snapshot);
		Query textQuery = textQuery(text, snapshot);
		if (textQuery == null) {
			return new SearchResults(List.of(), Connection.of(List.of(), paging, 0).pageInfo(), 0, List.of(),
					null);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
		if (kinds != null && !kinds.isEmpty()) {
			query.add(new TermInSetQuery(SearchIndex.LABEL,
					kinds.stream().map((k) -> new BytesRef(k.label)).toList()), Occur.FILTER);
		}
		try {
			IndexSearcher searcher = snapshot.searcher();
			// Why every hit: facet counts cover all hits, and the index is small (a few thousand documents).
			TopDocs all = searcher.search(query.build(), Math.max(1, searcher.getIndexReader().maxDoc()));
			int total = all.scoreDocs.length;
			ScoreDoc[] page = Arrays.copyOfRange(all.scoreDocs, Math.min(paging.offset(), total),
					Math.min(paging.offset() + paging.limit(), total));
			List<Hit> hits = hits(snapshot, textQuery, page);
			Connection<Hit> connection = Connection.of(hits, paging, total);
			// Why not only on few hits: typo tolerance finds hits for most typos, so an unknown word is the signal.
			String didYouMean = didYouMean(text, snapshot);
			return new SearchResults(connection.edges(), connection.pageInfo(), total, facets(searcher, all),
					didYouMean);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("query", "too many words or synonyms in one query; use fewer words");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Up to 10 names that contain words starting with what was typed; the last word may be incomplete. */
	public List<Suggestion> suggest(String prefix) {
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidInputException("prefix", "at most " + MAX_PREFIX_LENGTH + " characters");
		}
		SearchIndex.Snapshot snapshot = this.index.current();
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
		try {
			IndexSearcher searcher = snapshot.searcher();
			StoredFields stored = searcher.storedFields();
			List<Document> docs = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query.build(), 200).scoreDocs) {
				docs.add(stored.document(hit.doc, Set.of(SearchIndex.LABEL, SearchIndex.KEY, "name")));
			}
			String typed = String.join(" ", words);
			// Why this order: names that start with the typed text first, then the shortest (most specific) names.
			docs.sort(Comparator.comparing((Document d) -> !fold(snapshot, d.get("name")).startsWith(typed))
				.thenComparing((d) -> String.valueOf(d.get("name")).length())
				.thenComparing((d) -> String.valueOf(d.get("name"))));
			List<Document> top = docs.stream().filter((d) -> d.get("name") != null).limit(MAX_SUGGESTIONS).toList();
			Map<String, GraphNode> nodes = nodes(top);
			return top.stream()
				.filter((d) -> nodes.containsKey(ref(d)))
				.map((d) -> new Suggestion(d.get("name"), SearchKind.ofLabel(d.get(SearchIndex.LABEL)),
						nodes.get(ref(d))))
				.toList();
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("prefix", "matches too many words; type a longer prefix");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void checkQuery(String text, SearchIndex.Snapshot snapshot) {
		if (text.isBlank()) {
			throw new InvalidInputException("query", "must contain at least one word");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("query", "at most " + MAX_QUERY_LENGTH + " characters, was " + text.length());
		}
		if (words(snapshot.analysis().plain(), text).size() > MAX_WORDS) {
			throw new InvalidInputException("query", "at most " + MAX_WORDS + " words");
		}
	}

	/**
	 * The query for a text, null when it holds no searchable word: the best-matching field counts most (a word in
	 * the name beats the same word in name, aliases and summary of a longer-winded node), a whole-name match adds a
	 * large bonus, and names one typo away add a small one.
	 */
	Query textQuery(String text, SearchIndex.Snapshot snapshot) {
		List<Query> fields = new ArrayList<>();
		for (var field : SearchIndex.TEXT_FIELDS.entrySet()) {
			Query query = new TypoTolerantQueryBuilder(snapshot.analysis().query(),
					FUZZY_FIELDS.contains(field.getKey()))
				.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
			if (query != null) {
				fields.add(new BoostQuery(query, field.getValue()));
			}
		}
		if (fields.isEmpty()) {
			return null;
		}
		// Why a max with a tie-breaker (not a sum): repeating a word in several fields should not outrank a name.
		BooleanQuery.Builder query = new BooleanQuery.Builder()
			.add(new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER), Occur.SHOULD);
		List<String> words = words(snapshot.analysis().plain(), text);
		// Why: a query that is exactly a node's name or alias ("lerarentekort", "leraar") wants that node first.
		query.add(new BoostQuery(new TermQuery(new Term(SearchIndex.EXACT, String.join(" ", words))), EXACT_WEIGHT),
				Occur.SHOULD);
		for (String word : words) {
			if (word.length() >= 5) {
				// Why on surface words too: a typo in a suffix ("kansenongelijkhied") defeats the stemmer.
				query.add(new BoostQuery(new FuzzyQuery(new Term(SearchIndex.SUGGEST, word), (word.length() >= 8) ? 2 : 1,
						1, 10, true), FUZZY_WEIGHT), Occur.SHOULD);
			}
		}
		return query.build();
	}

	private List<Hit> hits(SearchIndex.Snapshot snapshot, Query textQuery, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		IndexSearcher searcher = snapshot.searcher();
		StoredFields stored = searcher.storedFields();
		List<Document> docs = new ArrayList<>();
		for (ScoreDoc hit : page) {
			docs.add(stored.document(hit.doc, Set.of(SearchIndex.LABEL, SearchIndex.KEY)));
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, snapshot.fieldAnalyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxNoHighlightPassages(0)
			// Why: turning each fuzzy query into a highlight automaton cost seconds per search; typo matches go unmarked.
			.withHandleMultiTermQuery(false)
			.build();
		int[] passages = new int[HIGHLIGHT_FIELDS.length];
		Arrays.fill(passages, 1);
		Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHT_FIELDS, textQuery,
				new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), passages);
		Map<String, GraphNode> nodes = nodes(docs);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			GraphNode node = nodes.get(ref(docs.get(i)));
			if (node == null) {
				continue; // deleted since the index was built; the next refresh drops it
			}
			List<Highlight> highlights = new ArrayList<>();
			for (String field : HIGHLIGHT_FIELDS) {
				String snippet = snippets.get(field)[i];
				if (snippet != null) {
					highlights.add(new Highlight(propertyName(docs.get(i).get(SearchIndex.LABEL), field), snippet));
				}
			}
			hits.add(new Hit(node, page[i].score, highlights));
		}
		return hits;
	}

	/** The records of the given index documents by "label:key", one batch read per kind. */
	private Map<String, GraphNode> nodes(List<Document> docs) {
		Map<String, List<String>> keysByLabel = new LinkedHashMap<>();
		docs.forEach((d) -> keysByLabel.computeIfAbsent(d.get(SearchIndex.LABEL), (l) -> new ArrayList<>())
			.add(d.get(SearchIndex.KEY)));
		Map<String, GraphNode> nodes = new HashMap<>();
		keysByLabel.forEach((label, keys) -> this.reader.all(this.types.forLabel(label), keys)
			.forEach((node) -> nodes.put(label + ":" + node.key(), node)));
		return nodes;
	}

	private static String ref(Document doc) {
		return doc.get(SearchIndex.LABEL) + ":" + doc.get(SearchIndex.KEY);
	}

	/** The field as the node's GraphQL type calls it (an evidence item's summary is its claim). */
	private static String propertyName(String label, String field) {
		return switch (label + "." + field) {
			case "Evidence.summary" -> "claim";
			case "Evidence.description" -> "citation";
			case "TimelineEvent.name" -> "title";
			default -> field;
		};
	}

	private static List<Facet> facets(IndexSearcher searcher, TopDocs all) throws IOException {
		Map<SearchFacet, Map<String, Integer>> counts = new LinkedHashMap<>();
		Set<String> fields = new java.util.HashSet<>();
		for (SearchFacet facet : SearchFacet.values()) {
			counts.put(facet, new TreeMap<>());
			fields.add(facet.field());
		}
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : all.scoreDocs) {
			Document doc = stored.document(hit.doc, fields);
			for (SearchFacet facet : SearchFacet.values()) {
				for (IndexableField value : doc.getFields(facet.field())) {
					counts.get(facet).merge(value.stringValue(), 1, Integer::sum);
				}
			}
		}
		List<Facet> facets = new ArrayList<>();
		counts.forEach((facet, values) -> facets.add(new Facet(facet, values.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map((e) -> new FacetValue(e.getKey(), e.getValue()))
			.toList())));
		return facets;
	}

	/** The query with each unknown word replaced by the closest indexed word, or null when nothing changes. */
	private static String didYouMean(String text, SearchIndex.Snapshot snapshot) throws IOException {
		DirectSpellChecker spell = new DirectSpellChecker();
		var indexReader = snapshot.searcher().getIndexReader();
		List<String> words = words(snapshot.analysis().plain(), text);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : words) {
			Term term = new Term(SearchIndex.SPELL, word);
			var suggestions = spell.suggestSimilar(term, 1, indexReader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				corrected.add(suggestions[0].string);
				changed = true;
			}
			else {
				corrected.add(word);
			}
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private static String fold(SearchIndex.Snapshot snapshot, String name) {
		return (name != null) ? String.join(" ", words(snapshot.analysis().plain(), name)) : "";
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

	/** Builds term queries that also accept a typo in longer words, at a lower weight. */
	static final class TypoTolerantQueryBuilder extends QueryBuilder {

		private final boolean fuzzy;

		TypoTolerantQueryBuilder(Analyzer analyzer, boolean fuzzy) {
			super(analyzer);
			this.fuzzy = fuzzy;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			Query exact = super.newTermQuery(term, boost);
			int length = term.text().length();
			if (!this.fuzzy || length < 5) {
				return exact;
			}
			// Why these limits: 1 edit for 5–7 letters, 2 from 8; the first letter must match; 10 expansions at most.
			FuzzyQuery typo = new FuzzyQuery(term, (length >= 8) ? 2 : 1, 1, 10, true);
			return new BooleanQuery.Builder().add(exact, Occur.SHOULD)
				.add(new BoostQuery(typo, FUZZY_WEIGHT * boost), Occur.SHOULD)
				.build();
		}

	}

}
