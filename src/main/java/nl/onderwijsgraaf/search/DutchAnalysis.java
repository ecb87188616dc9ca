package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chains of the search, built from the word lists in {@code classpath:search/}.
 * <ul>
 * <li>{@link #plain()}: words lower-cased and folded; for spelling suggestions and prefix suggestions.</li>
 * <li>{@link #index()}: plain, then stop words, compound parts, stemming; for indexed text.</li>
 * <li>{@link #query()}: plain, stop words, stemming, then synonyms; for the user's query.</li>
 * </ul>
 */
public final class DutchAnalysis {

	/** Lucene's Snowball list of Dutch stop words (de, het, een, aan, van…). */
	static final CharArraySet STOPWORDS = DutchAnalyzer.getDefaultStopSet();

	/** Why: shortest word worth splitting, and shortest part worth indexing (shorter parts match too much). */
	static final int MIN_COMPOUND = 6, MIN_PART = 4, MAX_PART = 20;

	/** Why: "een-op-een" is one notion; without this the tokenizer splits it into three stop words. */
	private static final NormalizeCharMap PHRASES = phrases();

	private final CharArraySet compoundParts;

	private final StemmerOverrideMap overrides;

	private final SynonymMap synonyms;

	private final Analyzer plain, index, query;

	private DutchAnalysis(CharArraySet compoundParts, StemmerOverrideMap overrides, SynonymMap synonyms) {
		this.compoundParts = compoundParts;
		this.overrides = overrides;
		this.synonyms = synonyms;
		this.plain = chain((tokens) -> tokens);
		this.index = chain((tokens) -> stem(compoundParts(new StopFilter(tokens, STOPWORDS))));
		this.query = chain((tokens) -> {
			// Why gap-free: a stop word leaving a hole breaks multi-word synonym graphs ("tekort aan leraren").
			TokenStream stemmed = stem(new DropWordsFilter(tokens, STOPWORDS));
			// Why after stemming: one entry then covers every inflection ("basisschool" also matches "basisscholen").
			return (synonyms != null) ? new SynonymGraphFilter(stemmed, synonyms, true) : stemmed;
		});
	}

	/** The chains with the bundled word lists plus {@code extraCompoundParts} (e.g. words of the graph's names). */
	public static DutchAnalysis load(Collection<String> extraCompoundParts) {
		CharArraySet parts = new CharArraySet(lines("compound-words.txt"), false);
		extraCompoundParts.stream().filter((w) -> w.length() >= MIN_PART && !STOPWORDS.contains(w)).forEach(parts::add);
		StemmerOverrideMap overrides = loadOverrides();
		DutchAnalysis withoutSynonyms = new DutchAnalysis(CharArraySet.unmodifiableSet(parts), overrides, null);
		return new DutchAnalysis(withoutSynonyms.compoundParts, overrides, loadSynonyms(withoutSynonyms.query()));
	}

	/** Tokenizer, lower case, diacritics folded: the surface words as a user types them. */
	public Analyzer plain() {
		return this.plain;
	}

	/** What indexed text goes through: each word also yields its compound parts, and everything is stemmed. */
	public Analyzer index() {
		return this.index;
	}

	/** What a query goes through: no compound splitting (the index holds the parts), synonyms on stems last. */
	public Analyzer query() {
		return this.query;
	}

	/** The compound parts in the dictionary, for tests and diagnostics. */
	CharArraySet compoundDictionary() {
		return this.compoundParts;
	}

	TokenStream compoundParts(TokenStream tokens) {
		// Why onlyLongestMatch: at each start only the longest part is indexed ("leraren", not also "leraar"-like stubs).
		return new CompoundParts(tokens, this.compoundParts);
	}

	TokenStream stem(TokenStream tokens) {
		// Why an override first: Snowball mangles some domain words (lees → les, bijlessen ≠ bijles); overridden
		// words are marked as keywords, which SnowballFilter leaves alone.
		return new SnowballFilter(new StemmerOverrideFilter(tokens, this.overrides), new DutchStemmer());
	}

	private interface Filters {

		TokenStream apply(TokenStream tokens);

	}

	private static Analyzer chain(Filters filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				// Why folding: users type "orientatie" for "oriëntatie" and "financiele" for "financiële".
				TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
				return new TokenStreamComponents(tokenizer, filters.apply(folded));
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new MappingCharFilter(PHRASES, reader);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	private static NormalizeCharMap phrases() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		for (String form : List.of("een-op-een", "Een-op-een", "EEN-OP-EEN", "een op een", "Een op een")) {
			builder.add(form, "eenopeen");
		}
		return builder.build();
	}

	private static StemmerOverrideMap loadOverrides() {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		for (String line : lines("stem-overrides.txt")) {
			String[] parts = line.split("\t");
			if (parts.length != 2) {
				throw new IllegalStateException("search/stem-overrides.txt: expected word<TAB>stem, got: " + line);
			}
			builder.add(parts[0], parts[1]);
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SynonymMap loadSynonyms(Analyzer entryAnalyzer) {
		// Why this analyzer: entries are stored as the query chain (without synonyms) produces them.
		SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
		try (Reader reader = new StringReader(String.join("\n", lines("synonyms.txt")))) {
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("search/synonyms.txt: " + ex.getMessage(), ex);
		}
	}

	/** Non-empty, non-comment lines of a word list in {@code classpath:search/}. */
	static List<String> lines(String name) {
		try (InputStream in = DutchAnalysis.class.getResourceAsStream("/search/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath:search/" + name);
			}
			List<String> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(line.replace("\r", ""));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Drops stop words without leaving position gaps, so the words around them stay adjacent. */
	static final class DropWordsFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final CharArraySet words;

		DropWordsFilter(TokenStream input, CharArraySet words) {
			super(input);
			this.words = words;
		}

		@Override
		public boolean incrementToken() throws IOException {
			while (this.input.incrementToken()) {
				if (!this.words.contains(this.term.buffer(), 0, this.term.length())) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Lucene's dictionary decomposition (longest dictionary part at each start), except that a word is never its
	 * own part: "zomerschool" in the dictionary must still yield "zomer" and "school", not only itself.
	 */
	static final class CompoundParts extends DictionaryCompoundWordTokenFilter {

		CompoundParts(TokenStream input, CharArraySet dictionary) {
			super(input, dictionary, MIN_COMPOUND, MIN_PART, MAX_PART, true);
		}

		@Override
		protected void decompose() {
			int length = this.termAtt.length();
			for (int start = 0; start <= length - this.minSubwordSize; start++) {
				CompoundToken longest = null;
				for (int size = this.minSubwordSize; size <= this.maxSubwordSize && start + size <= length; size++) {
					if (size < length && this.dictionary.contains(this.termAtt.buffer(), start, size)) {
						longest = new CompoundToken(start, size);
					}
				}
				if (longest != null) {
					this.tokens.add(longest);
				}
			}
		}

	}

}
