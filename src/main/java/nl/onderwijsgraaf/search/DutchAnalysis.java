package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chains of the search, built from the word lists in {@code classpath:search/} and the OpenTaal
 * lexicon in {@code classpath:search/lexicon/}.
 * <ul>
 * <li>{@link #plain()}: words lower-cased and folded; for spelling suggestions and prefix suggestions.</li>
 * <li>{@link #index()}: plain, then stop words, stemming, compound parts; for indexed text.</li>
 * <li>{@link #query()}: plain, stop words, stemming, then synonyms; for the user's query. Compounds in a query are
 * split by the query builder ({@link #parts(String)}), so that the whole word and its parts are alternatives.</li>
 * </ul>
 * Before the tokenizer every chain folds diacritics ("één" → "een"), drops the clitic of a Dutch apostrophe plural
 * or agent noun ("LIO's" → "LIO", "IB'er" → "IB") and the ampersand inside an abbreviation ("OC&W" → "OCW"), then
 * maps fixed phrases ("een-op-een" → "eenopeen"): so a phrase is recognised however it is accented.
 */
public final class DutchAnalysis {

	/** Lucene's Snowball list of Dutch stop words (de, het, een, aan, van…). */
	static final CharArraySet STOPWORDS = DutchAnalyzer.getDefaultStopSet();

	/**
	 * English function words, dropped from queries too. Why: every node's English name is indexed, so an English query
	 * ("how long were schools closed in other countries") searched "how", "were" (stemmed like a Dutch word) and
	 * "other" as concepts, and ranked the nodes whose English names hold them. None is a Dutch word a query names a
	 * topic with.
	 */
	private static final List<String> ENGLISH_FUNCTION_WORDS = List.of("the", "a", "an", "and", "or", "of", "on", "at",
			"to", "for", "with", "by", "from", "after", "before", "about", "into", "are", "were", "be", "been", "do",
			"does", "did", "how", "what", "which", "who", "when", "where", "why", "other", "than", "that", "this",
			"these", "those", "their", "there", "it", "its", "can", "could", "should", "would", "will", "our", "my",
			"your", "we", "i", "you", "they", "much", "many", "some", "any", "not");

	/**
	 * The stop words plus the words that make a query a question or a request ("welke", "waarom", "hoeveel",
	 * "helpt", "tips"), dropped from queries only. Why: "wat helpt tegen pesten?" asks for one concept, pesten; as a
	 * second concept "helpt" would earn every text that says "helpt" the coordination bonus. Never a word of a
	 * multi-word synonym ("zitten" in "blijven zitten"): the entry would shrink to its other word, which every text
	 * with "blijven" matches.
	 */
	static final CharArraySet QUERY_STOPWORDS = queryStopwords();

	/**
	 * Why: shortest stem worth splitting; shortest part (3: "les", "lunch" in "schoollunch" need no more); at most 3
	 * parts (more splits of a long word are mostly accidents).
	 */
	static final int MIN_COMPOUND = 7, MIN_PART = 3, MAX_PARTS = 3, MAX_COMPOUND = 40;

	/**
	 * Why longer parts for a word the lexicon has: "leerling" is no leer + ling, "onderwijs" no onder + wijs, yet
	 * "zomerschool" is zomer + school.
	 */
	static final int MIN_PART_OF_WORD = 5;

	/** Linking sounds between the parts of a Dutch compound: coaching-s-gesprek, kind-er-opvang, zonn-e-bloem. */
	private static final List<String> LINKS = List.of("", "s", "en", "e", "er");

	/**
	 * The linking sound of a noun whose plural ends in -eren (kind-er-en, volk-er-en, lied-er-en): its compounds
	 * take it after the noun (kind-er-mishandeling, volk-er-enrecht), and a head that long may be shorter than
	 * {@value #MIN_PART_OF_WORD} letters. Why: the lexicon also holds "kinder", so "kindermishandeling" was kinder +
	 * mishandeling (no linking letters), and "kind mishandeling" found it by its second word only.
	 */
	private static final String PLURAL_LINK = "er";

	static final int MIN_PLURAL_HEAD = 4;

	/** Why a bound: the memo of splits serves indexing and queries; arbitrary query words must not grow it forever. */
	private static final int MAX_MEMO = 200_000;

	/** Diacritics, ligatures and typographic apostrophes, folded before anything else reads the text. */
	private static final NormalizeCharMap FOLDING = folding();

	/** "LIO's", "krimpregio's", "IB'er", "OC&W": the clitic after an apostrophe and an ampersand between letters. */
	private static final Pattern CLITICS = Pattern
		.compile("(?<=\\p{L})(?:'(?:s|er|ers|tje|tjes|je|jes)(?!\\p{L})|&(?=\\p{L}))");

	/**
	 * The hyphen of a word that leaves out the head it shares with the compound after "en" or "of" ("zomer- of
	 * lentescholen", "muziek- en cultuurlessen"), marked with an underscore that keeps it in the word's token.
	 */
	private static final Pattern ELLIPSIS = Pattern.compile("(?<=\\p{L})-(?=\\s+(?:en|of)\\s+\\p{L})");

	/**
	 * The hyphen between the letters of a hyphenated word ("zij-instromers", "vmbo-leerlingen"), marked with a
	 * character that keeps the word one token, so that {@link HyphenatedWords} knows its words were written as one.
	 */
	static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

	private static final String HYPHEN_MARK = "_";

	/** Why: "een-op-een" is one notion; without this the tokenizer splits it into three stop words. */
	private static final NormalizeCharMap PHRASES = phrases();

	/**
	 * Why: an abbreviation or initials that stand for more wordings than this are no synonym of any of them, and a
	 * wording with more abbreviations than this has none (on random text "school" had 80 "abbreviations").
	 */
	static final int MAX_MEANINGS = 3;

	/** "(NPO)": an abbreviation in parentheses, after the words it abbreviates. */
	private static final Pattern PARENTHESISED = Pattern.compile("\\(([\\p{L}&]{2,8})\\)");

	/** Why: "Nationaal Programma Onderwijs (NPO)" abbreviates the words just before it, not the paragraph. */
	private static final int MAX_LONG_FORM = 200;

	/** "SIRE (Stichting Ideële Reclame)": an abbreviation followed by the words it abbreviates in parentheses. */
	private static final Pattern SPELLED_OUT = Pattern
		.compile("(?<![\\p{L}&])(\\p{Lu}[\\p{L}&]{1,7})\\s*\\(([\\p{L}\\p{N}\\-, ]{5,200})\\)");

	/**
	 * Words of a long form that need not give a letter to its abbreviation: the query's stop words (they are no
	 * concept of a wording: "Tips voor School" is one word, school) and the English ones that
	 * names keep ("Leuven Economics of Education Research"). Any word may give its first letter ("Cultuureducatie met
	 * Kwaliteit": CmK).
	 */
	private static final CharArraySet FUNCTION_WORDS = functionWords();

	private final Map<String, String> overrides;

	private final StemmerOverrideMap overrideMap;

	/** Why shared: a split depends only on the lexicon and the overrides, so each rebuild reuses the last one's. */
	private static final Map<String, List<String>> SPLITS = new ConcurrentHashMap<>();

	private final Analyzer plain, index, query;

	/**
	 * The words the texts write with an apostrophe clitic ("LIO's", "zzp'ers", "regio's": lio, zzp, regio), folded.
	 * Why: people type them without the apostrophe ("LIOs", "zzpers", "regios"), and so do some texts.
	 */
	private final Set<String> cliticBases;

	/** The one-word synonyms of each one-word stem in the synonym groups ("docent": lerar, leerkracht…). */
	private final Map<String, Set<String>> wordSynonyms;

	/**
	 * The one-word entries of the bundled synonym lines as written ("meedoen", "achterlopen"). Why: the lexicon has
	 * few separable verbs, and a verb the word lists name is a word a split one may be joined into.
	 */
	private final Set<String> listedWords = listedWords();

	/** "LIO's", "zzp'ers": a word and the clitic after its apostrophe, in text before the clitics are dropped. */
	private static final Pattern CLITIC_BASE = Pattern.compile("(?<![\\p{L}'])(\\p{L}{2,30})'(?:s|er|ers)(?!\\p{L})");

	private DutchAnalysis(Map<String, String> overrides, List<String> extraSynonyms, Set<String> cliticBases) {
		this.overrides = overrides;
		this.cliticBases = cliticBases;
		this.overrideMap = overrideMap(overrides);
		this.plain = chain((tokens) -> tokens, false);
		// Why split twice: before stemming the parts are whole words ("leesvaardigheid": lees + vaardigheid), after it
		// the split matches the one a query's stem gets ("leesvaard").
		// Why hyphenated words joined in the index only: "zij-instromers" is also found as "zijinstromers"; a query's
		// hyphenated word is the words it joins, which the index has too, and the synonym filter takes no stacked words.
		this.index = chain((tokens) -> new CompoundParts(
				stem(new CompoundParts(new StopFilter(tokens, STOPWORDS), this)), this), true);
		Analyzer withoutSynonyms = chain((tokens) -> stem(new DropWordsFilter(tokens, QUERY_STOPWORDS)), false);
		SynonymMap synonyms = loadSynonyms(withoutSynonyms, extraSynonyms);
		this.wordSynonyms = wordSynonyms(withoutSynonyms);
		this.query = chain((tokens) -> {
			// Why gap-free: a stop word leaving a hole breaks multi-word synonym graphs ("tekort aan leraren").
			TokenStream stemmed = stem(new DropWordsFilter(tokens, QUERY_STOPWORDS));
			// Why after stemming: one entry then covers every inflection ("basisschool" also matches "basisscholen").
			return new SynonymGraphFilter(stemmed, synonyms, true);
		}, false);
	}

	/**
	 * The chains with the bundled word lists plus synonyms derived from the graph: each country's name with its
	 * adjective ("Finland" — "Fins", "Finse"), and each abbreviation the texts print in parentheses after its words
	 * ("Onderwijs Cultuur en Wetenschap (OCW)"), and the initials of each name of three to six words
	 * ("Cultuureducatie met Kwaliteit": CmK).
	 */
	public static DutchAnalysis load(Collection<String> countryNames, Collection<String> names,
			Collection<String> texts) {
		return load(countryNames, Map.of(), names, texts);
	}

	/**
	 * As {@link #load(Collection, Collection, Collection)}, with each country's English name and the English
	 * adjectives built on it among its synonyms ("Zweden" — Sweden, "Estland" — Estonia, Estonian), by Dutch name.
	 */
	public static DutchAnalysis load(Collection<String> countryNames, Map<String, String> englishNames,
			Collection<String> names, Collection<String> texts) {
		List<String> derived = new ArrayList<>();
		countryNames.stream()
			.filter((name) -> !adjectivesListed(name))
			.forEach((name) -> demonyms(name).ifPresent(derived::add));
		englishNames.forEach((name, english) -> englishDemonyms(name, english).ifPresent(derived::add));
		derived.addAll(abbreviations(texts));
		derived.addAll(initials(names));
		return new DutchAnalysis(Lexicon.OVERRIDES, derived, cliticBases(texts));
	}

	/** The chains with the bundled word lists only. */
	public static DutchAnalysis load() {
		return load(List.of(), List.of(), List.of());
	}

	/** Tokenizer, lower case, diacritics folded: the surface words as a user types them. */
	public Analyzer plain() {
		return this.plain;
	}

	/** What indexed text goes through: every word is stemmed, and a compound also yields its parts. */
	public Analyzer index() {
		return this.index;
	}

	/** What a query goes through: synonyms on stems last; compounds are split by the query builder. */
	public Analyzer query() {
		return this.query;
	}

	/** Whether a plain (folded, lower-case) word is Dutch: in the lexicon, an inflection of it, or a compound of it. */
	public boolean isWord(String word) {
		return isListedWord(word) || isCompound(word);
	}

	/**
	 * Whether a plain word is a compound of Dutch words. Why long parts only: with three-letter parts a typo is too
	 * often a compound ("lerarentekot": …rente + kot). Even so some typos are one ("presatiedruk": pres + atie + druk).
	 */
	boolean isCompound(String word) {
		List<String> parts = parts(word);
		return !parts.isEmpty() && parts.stream().allMatch((p) -> p.length() >= MIN_PART_OF_WORD - 1);
	}

	/** Whether a plain word is in the lexicon or an inflection of one of its words, not a compound of them. */
	boolean isListedWord(String word) {
		if (Lexicon.STEMS.contains(stem(word))) {
			return true;
		}
		// Why: the lexicon lists a verb's infinitive, not its forms in -t or of the past ("betaalt", "financiert",
		// "stopte", "betaalden"), which questions use ("wie betaalt …") and which were "corrected" into other words.
		if (!verbForms(word, false).isEmpty() || isPastTense(word)) {
			return true;
		}
		// Why: Snowball keeps comparatives and superlatives whole ("leuker", "leukste"), the lexicon has "leuk".
		for (String suffix : List.of("ere", "er", "ste", "st")) {
			if (word.length() > suffix.length() + 2 && word.endsWith(suffix)
					&& Lexicon.STEMS.contains(stem(word.substring(0, word.length() - suffix.length())))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word is a weak verb's past tense ("stopte", "betaalde", "werkten"): its stem's infinitive is Dutch. */
	private static boolean isPastTense(String word) {
		for (String ending : List.of("ten", "den", "te", "de")) {
			if (word.length() > ending.length() + 2 && word.endsWith(ending) && infinitives(
					word.substring(0, word.length() - ending.length())).stream().anyMatch(Lexicon.WORDS::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The nouns of the lexicon that a typed adjective or verb form is derived from or gives: "zieke" — ziekte,
	 * "eenzame" — eenzaamheid, "(on)gemotiveerde" and "motiveren" — motivatie, "angstige" — angst, "onrustig" —
	 * onrust, "gestreste" — stress, "lezen" — lees (as in leesplezier), "missen" — gemis, "rekenen" — rekenaar, "musea"
	 * — museum. Why:
	 * people describe a problem with the adjective or verb ("zieke leraren", "ongemotiveerde leerlingen", "kinderen
	 * lezen niet graag") that the texts name with the noun or a compound of it.
	 */
	List<String> derivedNouns(String word) {
		Set<String> nouns = new LinkedHashSet<>();
		String base = word.startsWith("onge") ? word.substring(2) : word;
		Matcher verb = DERIVED_VERB.matcher(base);
		if (verb.matches()) {
			nouns.add(verb.group(1) + "atie"); // motiveren, gemotiveerd → motivatie; organiseren → organisatie
		}
		String adjective = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
		if (adjective.length() >= 3) {
			// a doubled vowel before a single final consonant: "eenzame" is eenzaam, "zieke" is ziek
			int n = adjective.length();
			if (word.endsWith("e") && n >= 3 && "aeiou".indexOf(adjective.charAt(n - 2)) >= 0
					&& "aeiou".indexOf(adjective.charAt(n - 3)) < 0 && "aeiou".indexOf(adjective.charAt(n - 1)) < 0) {
				String doubled = adjective.substring(0, n - 1) + adjective.charAt(n - 2) + adjective.charAt(n - 1);
				nouns.add(doubled + "heid");
				nouns.add(doubled + "te");
			}
			nouns.add(adjective + "heid");
			nouns.add(adjective + "te");
			// an adjective in -ig is its noun with -ig: "angstig" — angst, "onrustige" — onrust, "gelukkig" — geluk
			if (adjective.endsWith("ig") && adjective.length() >= 6) {
				nouns.add(undouble(adjective.substring(0, adjective.length() - 2)));
			}
		}
		// a Latin plural is its singular in -um: "musea" — museum (as in Rijksmuseum), "centra" — centrum
		if (word.endsWith("a") && word.length() >= 5) {
			nouns.add(word.substring(0, word.length() - 1) + "um");
		}
		nouns.addAll(participleStems(word));
		nouns.addAll(verbNouns(word));
		nouns.addAll(participles(word));
		nouns.remove(word);
		return nouns.stream().filter(Lexicon.WORDS::contains).toList();
	}

	/**
	 * The forms of the verb that a typed verb form belongs to, and its noun in -ing, that the lexicon has, with its
	 * forms in -t and -end: "daalt" and "gedaald" — dalen, daalt, dalend, gedaald, daling; "verlaag" (in "hoe verlaag
	 * ik") — verlagen, verlaagt, verlagend, verlaagd, verlaging. Why: a question names a change with a verb ("waarom
	 * daalt de leesvaardigheid?", "hoe verlaag ik de werkdruk?") that the texts write as a participle, an adjective or
	 * a noun ("is gedaald", "dalende", "daling", "werkdrukverlaging"). Only what is surely a verb form is read as one:
	 * a form in -t or -d that is no head word of the lexicon ("daalt", not "kost"), a participle ("gedaald"), or a
	 * word right before the subject of an inverted question ({@code beforeSubject}: "verlaag" in "verlaag ik"), never
	 * an infinitive, which is also the plural of a noun ("scholen" is no form of "scholing").
	 */
	List<String> verbForms(String word, boolean beforeSubject) {
		if (word.length() < 4 || QUERY_STOPWORDS.contains(word)) {
			return List.of();
		}
		Set<String> stems = new LinkedHashSet<>(); // the verb's stem as the first person writes it: daal, verlaag
		if (beforeSubject) {
			stems.add(word);
		}
		char last = word.charAt(word.length() - 1);
		if ((last == 't' || last == 'd') && !Lexicon.WORDS.contains(word)) {
			stems.add(word.substring(0, word.length() - 1)); // daalt, verlaagt
		}
		if (word.startsWith("ge") && (last == 't' || last == 'd') && word.length() >= 7) {
			stems.add(word.substring(2, word.length() - 1)); // gedaald, gemaakt
			stems.add(word.substring(2)); // gericht: richt
		}
		// Why two sets: the lexicon lists infinitives, participles and nouns, not the forms every verb has alike
		Set<String> listed = new LinkedHashSet<>(), regular = new LinkedHashSet<>();
		for (String stem : stems) {
			for (String infinitive : infinitives(stem)) {
				if (Lexicon.WORDS.contains(infinitive)) {
					String root = infinitive.substring(0, infinitive.length() - 2); // dal, verlag, betrekk
					listed.add(infinitive);
					regular.add(stem.endsWith("t") ? stem : stem + "t"); // daalt
					regular.add(infinitive + "d"); // dalend(e)
					// 't kofschip: a stem ending in one of its consonants takes -t, the others -d
					String ending = ("tkfschpx".indexOf(stem.charAt(stem.length() - 1)) >= 0) ? "t" : "d";
					String participle = (stem.endsWith("t") || stem.endsWith("d")) ? stem : stem + ending;
					listed.add("ge" + participle);
					listed.add(participle); // verlaagd: a prefixed verb takes no ge-
					listed.add(root + "ing");
				}
			}
		}
		listed.retainAll(Lexicon.WORDS);
		listed.addAll(regular);
		listed.remove(word);
		return List.copyOf(listed);
	}

	/**
	 * The infinitives a verb's stem may have: "daal" — dalen (a long vowel is written once in an open syllable),
	 * "betrek" — betrekken (a short vowel's consonant doubles), "leef" — leven, "verhuis" — verhuizen.
	 */
	private static List<String> infinitives(String stem) {
		int n = stem.length();
		if (n < 3) {
			return List.of();
		}
		char c = stem.charAt(n - 1), v = stem.charAt(n - 2), before = stem.charAt(n - 3);
		if (isVowel(c)) {
			return List.of(stem + "en");
		}
		List<String> infinitives = new ArrayList<>();
		boolean longVowel = isVowel(v) && isVowel(before);
		String voiced = (c == 'f') ? "v" : (c == 's') ? "z" : String.valueOf(c);
		if (longVowel && v == before && "aeou".indexOf(v) >= 0) {
			String open = stem.substring(0, n - 3) + v; // daa|l → da|l
			infinitives.add(open + c + "en");
			infinitives.add(open + voiced + "en");
			return infinitives;
		}
		if (isVowel(v) && !isVowel(before)) {
			infinitives.add(stem + c + "en"); // betrek → betrekken
		}
		infinitives.add(stem + "en"); // werk → werken
		if (longVowel) {
			infinitives.add(stem.substring(0, n - 1) + voiced + "en"); // verhuis → verhuizen
		}
		return infinitives;
	}

	/**
	 * The stems of the verb a past participle is formed of ("gestreste" — stress, "gepeste" — pest): the part
	 * between "ge" and the ending -t/-d(e), with its last letter doubled, or with the -t/-d (a stem in -s drops one
	 * s, a stem in -t or -d takes no second one). Of at least {@value #MIN_VERB_STEM} letters.
	 */
	private static List<String> participleStems(String word) {
		Matcher participle = PARTICIPLE.matcher(word);
		if (!participle.matches()) {
			return List.of();
		}
		String stem = participle.group(1);
		String last = stem.substring(stem.length() - 1);
		// "gestrest": stres, stress; "gepest": pest; "geleerd": leer
		return java.util.stream.Stream.of(stem, stem + last, stem + participle.group(2))
			.filter((s) -> s.length() >= MIN_VERB_STEM)
			.toList();
	}

	/**
	 * The nouns a verb's infinitive or plural gives ("lezen" — lees, "stromen" — stroom, "missen" — gemis,
	 * "rekenen" — rekenaar, "invallen" — invaller): its stem where Dutch spells it otherwise on its own (a vowel of an
	 * open syllable doubled, final z and v as s and f), the stem with "ge" before it, and the agent nouns in -er and
	 * -aar. The lexicon keeps the real ones.
	 */
	private static List<String> verbNouns(String word) {
		List<String> nouns = new ArrayList<>();
		for (String stem : verbStems(word)) {
			// Why only a stem spelled otherwise than the word ("lezen": lees): "leerlingen" is no verb of "leerling"
			if (stem.length() >= MIN_VERB_STEM && !word.startsWith(stem)) {
				nouns.add(stem);
			}
			nouns.add("ge" + stem); // missen → gemis
		}
		if (word.endsWith("en") && word.length() >= MIN_VERB_STEM + 2) {
			String bare = word.substring(0, word.length() - 2);
			nouns.add(bare + "er"); // invallen → invaller, thuiszitten → thuiszitter
			nouns.add(bare + "aar"); // rekenen → rekenaar
		}
		return nouns;
	}

	/**
	 * The past participle of a weak verb's infinitive or plural ("betalen" — betaald, "pesten" — gepest, "stoppen" —
	 * gestopt), as the texts write "betaalde bijles": "ge" (not after be-, ge-, her-, ver-, ont-, er-), the stem, and
	 * -t after a voiceless consonant ('t kofschip), else -d; none where the stem already ends in it.
	 */
	private static List<String> participles(String word) {
		List<String> participles = new ArrayList<>();
		for (String stem : verbStems(word)) {
			boolean prefixed = List.of("be", "ge", "her", "ver", "ont", "er").stream().anyMatch(stem::startsWith);
			String ending = ("tkfschpx".indexOf(word.charAt(word.length() - 3)) >= 0) ? "t" : "d";
			participles.add((prefixed ? "" : "ge") + stem + (stem.endsWith(ending) ? "" : ending));
		}
		return participles;
	}

	/** The spellings of the stem of a verb in {@code word}, an infinitive or plural ("lezen": lez, lees); else none. */
	private static List<String> verbStems(String word) {
		if (!word.endsWith("en") || word.length() < 5) {
			return List.of();
		}
		String bare = word.substring(0, word.length() - 2);
		Set<String> stems = new LinkedHashSet<>();
		int n = bare.length();
		if (n >= 2 && bare.charAt(n - 1) == bare.charAt(n - 2)) {
			stems.add(bare.substring(0, n - 1)); // vallen → val, missen → mis
		}
		else if (n >= 3 && isVowel(bare.charAt(n - 2)) && !isVowel(bare.charAt(n - 3)) && !isVowel(bare.charAt(n - 1))
				&& bare.charAt(n - 2) != 'i') {
			stems.add(bare.substring(0, n - 1) + bare.charAt(n - 2) + bare.charAt(n - 1)); // stromen → stroom
			if (bare.charAt(n - 2) == 'e') {
				stems.add(bare); // an unstressed e stays single: rekenen → reken
			}
		}
		else {
			stems.add(bare);
		}
		return stems.stream().map((s) -> s.endsWith("z") ? s.substring(0, s.length() - 1) + "s"
				: s.endsWith("v") ? s.substring(0, s.length() - 1) + "f" : s).toList();
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

	/** Why 4: a shorter stem is mostly another word; "gezond" is no participle of "zonnen" (zon). */
	private static final int MIN_VERB_STEM = 4;

	/** A past participle, perhaps inflected: "gestrest", "gepeste", "gemiste": ge, the stem, -t/-d, perhaps -e. */
	private static final Pattern PARTICIPLE = Pattern.compile("ge(\\p{L}{3,})([td])e?");

	/** Particles of Dutch separable verbs: uit(vallen), af(haken), thuis(zitten), mee(doen). */
	private static final Set<String> PARTICLES = Set.of("uit", "af", "op", "aan", "in", "mee", "door", "over", "terug",
			"weg", "achter", "bij", "toe", "na", "voor", "thuis", "om", "neer", "samen", "los", "mis", "tegen");

	/** Words that may follow the particle at the end of a clause: a preposition or a conjunction ("af op school"). */
	private static final Set<String> AFTER_PARTICLE = Set.of("op", "in", "bij", "aan", "met", "van", "voor", "naar",
			"door", "tijdens", "na", "zonder", "om", "en", "of", "maar", "want", "omdat", "als", "sinds");

	/**
	 * The words with each separable verb joined into the word of the lexicon it makes with its particle:
	 * "leerkrachten vallen snel uit" — leerkrachten, uitval, snel; "kinderen zitten thuis" — kinderen, thuiszitten;
	 * "jongeren haken af op school" — jongeren, afhaker, op, school. Why: in a main clause Dutch splits such a verb and
	 * puts its particle at the end, while the texts name the matter with the noun ("uitval", "thuiszitters"); the
	 * verb and the particle apart each match other things ("vallen", "thuis"). A particle counts only where a clause
	 * ends: last, or before a preposition or a conjunction ("in de klas" is no particle).
	 */
	List<String> joinedParticleVerbs(List<String> words) {
		List<String> joined = new ArrayList<>(words);
		for (int j = joined.size() - 1; j >= 1; j--) {
			String particle = joined.get(j);
			boolean clauseEnd = j == joined.size() - 1 || AFTER_PARTICLE.contains(joined.get(j + 1));
			if (!PARTICLES.contains(particle) || !clauseEnd) {
				continue;
			}
			for (int i = j - 1; i >= 0; i--) {
				Optional<String> verb = particleVerb(particle, joined.get(i));
				if (verb.isPresent()) {
					joined.set(i, verb.get());
					joined.remove(j);
					break;
				}
			}
		}
		return joined;
	}

	/**
	 * The lexicon word a particle makes with a verb form ("uit" + "vallen": uitval; "thuis" + "zitten":
	 * thuiszitten; "af" + "haken": afhaker): the particle before the infinitive, before the verb's stem, or before its
	 * agent noun in -er; empty when none of these is a word of the lexicon or of the word lists ("meedoen").
	 */
	private Optional<String> particleVerb(String particle, String verb) {
		List<String> candidates = new ArrayList<>();
		if (verb.endsWith("en") && verb.length() >= 4) {
			candidates.add(particle + verb);
			verbStems(verb).forEach((stem) -> candidates.add(particle + stem));
			candidates.add(particle + verb.substring(0, verb.length() - 2) + "er");
		}
		else if (verb.endsWith("t") && verb.length() >= 4) {
			candidates.add(particle + verb.substring(0, verb.length() - 1)); // valt → uitval
		}
		return candidates.stream().filter((c) -> Lexicon.WORDS.contains(c) || this.listedWords.contains(c)).findFirst();
	}

	/** A form of a verb in -eren: motiveren, gemotiveerd(e), motiveert; its stem before -eren ("motiv"). */
	private static final Pattern DERIVED_VERB = Pattern.compile("(?:ge)?(\\p{L}{3,})(?:eren|eerde?|eert|eer)");

	/**
	 * The stems of the parts of a compound stem, empty when it is no compound of lexicon words: the split into the
	 * fewest parts (each a word of {@value #MIN_PART}+ letters of the lexicon, or an inflection of one), with the
	 * fewest linking letters. The whole must be covered: "wonderwijs" is wonder + wijs, never w + onderwijs.
	 */
	public List<String> parts(String stem) {
		return surfaceParts(stem).stream().map(this::stem).toList();
	}

	/** The parts of a compound as written, without linking sounds ("coachingsgesprekken": coaching, gesprekken). */
	List<String> surfaceParts(String word) {
		if (word.length() < MIN_COMPOUND || word.length() > MAX_COMPOUND) {
			return List.of();
		}
		List<String> known = SPLITS.get(word);
		if (known == null) {
			String whole = stem(word);
			known = split(word, MAX_PARTS, Lexicon.STEMS.contains(whole) ? MIN_PART_OF_WORD : MIN_PART);
			if (!known.isEmpty() && stem(known.get(0)).equals(whole)) {
				known = List.of(); // an inflection, not a compound: "vaardigheden" is no vaardig + heden
			}
			if (SPLITS.size() >= MAX_MEMO) {
				SPLITS.clear();
			}
			SPLITS.put(word, known);
		}
		return known;
	}

	/** The tails of a compound that are words themselves: "cultuurzomerschool" → "zomerschool", "school". */
	List<String> tails(String word) {
		List<String> parts = surfaceParts(word);
		List<String> tails = new ArrayList<>();
		for (int i = 1; i < parts.size(); i++) {
			tails.add(String.join("", parts.subList(i, parts.size())));
		}
		return tails;
	}

	/** The best split of {@code text} into 2..{@code maxParts} lexicon parts, as written; empty when none. */
	private List<String> split(String text, int maxParts, int minPart) {
		List<String> best = List.of();
		int bestLinks = Integer.MAX_VALUE;
		for (int end = Math.min(minPart, MIN_PLURAL_HEAD); end <= text.length() - minPart; end++) {
			// Why no stemming of heads: the head of a Dutch compound is uninflected ("huiswerk" in huiswerkklassen)
			// or a stem followed by a linking sound; a lookup per position keeps a rebuild fast.
			String headText = text.substring(0, end);
			boolean pluralHead = text.startsWith(PLURAL_LINK, end) && isPluralInEren(headText);
			if (end < minPart && !pluralHead) {
				continue;
			}
			boolean word = Lexicon.isStemOrWord(headText);
			// Why: a plural's doubled consonant stays before the linking -en ("klas-s-en-grootte", "bus-s-en-baan")
			boolean doubled = !word && !undouble(headText).equals(headText) && Lexicon.isStemOrWord(undouble(headText));
			if (!word && !doubled) {
				continue;
			}
			for (String link : LINKS) {
				int restStart = end + link.length();
				if (!text.startsWith(link, end) || text.length() - restStart < minPart || !word && !link.equals("en")
						|| end < minPart && !link.equals(PLURAL_LINK)) {
					continue;
				}
				String restText = text.substring(restStart);
				List<String> candidate = null;
				if (Lexicon.isStemOrWord(restText) || Lexicon.STEMS.contains(stem(restText))) {
					candidate = List.of(headText, restText);
				}
				else if (maxParts > 2) {
					List<String> restParts = split(restText, maxParts - 1, minPart);
					if (!restParts.isEmpty()) {
						candidate = new ArrayList<>(List.of(headText));
						candidate.addAll(restParts);
					}
				}
				// Why a plural's linking -er- counts as no linking letters: kind-er-mishandeling comes before the split
				// at the same number of parts without them (kinder + mishandeling), as the noun before its plural's -en.
				int links = (pluralHead && link.equals(PLURAL_LINK)) ? 0 : link.length();
				boolean better = candidate != null && (best.isEmpty() || candidate.size() < best.size()
						|| (candidate.size() == best.size() && links < bestLinks));
				if (better) {
					best = List.copyOf(candidate);
					bestLinks = links;
				}
			}
		}
		return best;
	}

	/**
	 * Whether a noun's plural ends in -eren (kind: kinderen, volk: volkeren). Why not when the noun with -er is a word
	 * of its own, unless that plural stems as the noun: "achteren" is no plural of "acht", nor "wonderen" of "wond"
	 * (achter-stand, wonder-wijs), while "kinder" is in the lexicon and "kinderen" stems as "kind".
	 */
	private boolean isPluralInEren(String noun) {
		String plural = noun + PLURAL_LINK + "en";
		return Lexicon.WORDS.contains(noun) && Lexicon.WORDS.contains(plural)
				&& (!Lexicon.isStemOrWord(noun + PLURAL_LINK) || stem(plural).equals(stem(noun)));
	}

	/**
	 * The key by which a query equals a name: its plain words without stop words, stemmed. Why stems: a query that
	 * names a node in another inflection ("zomerscholen", "huiswerkklas" for "Huiswerkklassen") names that node.
	 */
	String nameKey(List<String> plainWords) {
		return String.join(" ", plainWords.stream().filter((w) -> !STOPWORDS.contains(w)).map(this::stem).toList());
	}

	/** A word's stem as the chains produce it: the override, or Snowball's stem without a doubled final consonant. */
	String stem(String word) {
		return stem(this.overrides, word);
	}

	/**
	 * The stems of plain words without the query's stop words, as a query counts them: how the words of a name are
	 * indexed where a query's words must find them as terms of their own ({@link SearchIndex#BOUND_ROLES}).
	 */
	List<String> contentStems(List<String> plainWords) {
		return plainWords.stream().filter((word) -> !QUERY_STOPWORDS.contains(word)).map(this::stem).toList();
	}

	/** A word's stem as every chain produces it: the overrides are bundled, so it needs no chain. */
	static String bundledStem(String word) {
		return stem(Lexicon.OVERRIDES, word);
	}

	private static String stem(Map<String, String> overrides, String word) {
		String override = overrides.get(word);
		if (override != null) {
			return override;
		}
		DutchStemmer stemmer = new DutchStemmer();
		stemmer.setCurrent(undiminish(word));
		stemmer.stem();
		return undouble(stemmer.getCurrent());
	}

	TokenStream stem(TokenStream tokens) {
		// Why an override first: Snowball mangles some domain words (lees → les, bijlessen ≠ bijles); overridden
		// words are marked as keywords, which the other filters leave alone.
		return new RewriteFilter(new SnowballFilter(new RewriteFilter(new StemmerOverrideFilter(tokens, this.overrideMap),
				DutchAnalysis::undiminish), new DutchStemmer()), DutchAnalysis::undouble);
	}

	/** The endings of a Dutch diminutive, singular, longest last: groep-je, school-tje, film-pje, bloem-etje. */
	private static final List<String> DIMINUTIVES = List.of("je", "tje", "pje", "etje");

	/**
	 * The word a diminutive is made of ("groepjes", "groepje": groep; "schooltje": school; "kammetje": kam), or the
	 * word itself. Why only where the lexicon has no such word: a diminutive with a meaning of its own ("meisje",
	 * "beetje", "uitje") is a head word of the lexicon, and stays that word in the singular. Why Snowball does not do it: it keeps "groepjes" whole.
	 */
	static String undiminish(String word) {
		String singular = word.endsWith("jes") ? word.substring(0, word.length() - 1) : word;
		if (!singular.endsWith("je")) {
			return word;
		}
		if (Lexicon.WORDS.contains(singular)) {
			return singular; // "meisjes" is the plural of "meisje"
		}
		for (String ending : DIMINUTIVES) {
			String base = singular.substring(0, Math.max(0, singular.length() - ending.length()));
			if (singular.endsWith(ending) && base.length() >= MIN_PART) {
				for (String candidate : List.of(base, undouble(base))) {
					if (Lexicon.WORDS.contains(candidate)) {
						return candidate;
					}
				}
			}
		}
		return word;
	}

	/**
	 * Why: Snowball keeps "klass" for "klassen" and "bijless" for "bijlessen"; Dutch words end in one consonant. And
	 * it keeps the s of a plural after a vowel: "organisaties", "acties", "studies" are the nouns in -ie.
	 */
	static String undouble(String stem) {
		int n = stem.length();
		if (n >= 6 && stem.endsWith("ies")) {
			return stem.substring(0, n - 1);
		}
		if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bcdfghjklmnpqrstvwxz".indexOf(stem.charAt(n - 1)) >= 0) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}

	private interface Filters {

		TokenStream apply(TokenStream tokens);

	}

	/**
	 * The words that {@code texts} write with an apostrophe clitic, folded and lower-cased, leaving out those that
	 * with the clitic written without its apostrophe are a Dutch word ("ALT's": "alter" is one).
	 */
	static Set<String> cliticBases(Collection<String> texts) {
		Set<String> bases = new HashSet<>();
		for (String text : texts) {
			Matcher matcher = CLITIC_BASE.matcher(text.replace('\u2019', '\''));
			while (matcher.find()) {
				String base = fold(matcher.group(1));
				if (List.of("s", "er", "ers").stream().noneMatch((clitic) -> Lexicon.WORDS.contains(base + clitic))) {
					bases.add(base);
				}
			}
		}
		return Set.copyOf(bases);
	}

	private Analyzer chain(Filters filters, boolean joinHyphenated) {
		Set<String> bases = this.cliticBases;
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				// Why folding again: the character map covers Latin letters; this catches every other mark.
				TokenStream folded = new ASCIIFoldingFilter(
						new LowerCaseFilter(new HyphenatedWords(tokenizer, joinHyphenated)));
				return new TokenStreamComponents(tokenizer,
						filters.apply(new UnwrittenClitics(new EllipticCompounds(folded, DutchAnalysis.this), bases)));
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				// Why this order: phrases are matched on folded text, so "één-op-één" is "een-op-een".
				// Why the hyphen between letters last: the phrases hold hyphens ("een-op-een").
				return new PatternReplaceCharFilter(HYPHEN, HYPHEN_MARK,
						new MappingCharFilter(PHRASES, new PatternReplaceCharFilter(ELLIPSIS, "_",
								new PatternReplaceCharFilter(CLITICS, "", new MappingCharFilter(FOLDING, reader)))));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	private static CharArraySet queryStopwords() {
		CharArraySet words = new CharArraySet(STOPWORDS, false);
		words.addAll(List.of("welk", "welke", "waarom", "wanneer", "hoeveel", "hoelang", "waar", "waarmee", "waardoor",
				"waarover", "wij", "we", "jullie", "onze", "helpt", "helpen", "werkt", "kun", "kunt", "mag", "mogen",
				"moeten", "krijg", "krijgt", "kreeg", "kregen", "gaat", "ging", "gingen", "weet", "vind", "zoek",
				"tips", "manier", "manieren", "doe", "wel", "ongeveer", "precies", "eigenlijk", "krijgen", "jij",
				"jouw", "gebeurt", "gebeurde"));
		words.addAll(ENGLISH_FUNCTION_WORDS);
		return CharArraySet.unmodifiableSet(words);
	}

	private static NormalizeCharMap folding() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		for (char c = 0xC0; c <= 0x17F; c++) {
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (base.length() == 1 && base.charAt(0) < 0x80 && base.charAt(0) != c) {
				builder.add(String.valueOf(c), base);
			}
		}
		builder.add("\u0133", "ij");
		builder.add("\u0132", "IJ");
		builder.add("\u2019", "'");
		builder.add("\u2018", "'");
		return builder.build();
	}

	private static NormalizeCharMap phrases() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		for (String form : List.of("een-op-een", "Een-op-een", "EEN-OP-EEN", "een op een", "Een op een")) {
			builder.add(form, "eenopeen");
		}
		return builder.build();
	}

	/**
	 * Whether a country's name is of several words and synonyms.txt lists its adjectives: its name is an entry there
	 * ("verenigde staten, amerikaans"). Why none are derived then: such a name ends in a common word ("Staten"), whose
	 * derived adjectives ("staats", "statisch") made every "staat" of a question ("op welke plek staat nederland") the
	 * United States. A name of one word is the word its adjectives are built on ("Finland": Fins).
	 */
	static boolean adjectivesListed(String countryName) {
		String folded = fold(countryName).replaceAll("[^a-z ]", " ").strip();
		return folded.contains(" ") && LISTED_WORDINGS.contains(folded);
	}

	/** The wordings of synonyms.txt's lines, as written: read once, the bundled list does not change. */
	private static final Set<String> LISTED_WORDINGS = lines("synonyms.txt").stream()
		.flatMap((line) -> Arrays.stream(line.split("=>|,")))
		.map(String::strip)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * A country's name with the adjectives derived from it that the lexicon knows, as a synonym line. Why many
	 * candidates: Dutch forms them in several ways (Japan — Japans, Finland — Fins, Engeland — Engels, Zweden —
	 * Zweeds, Polen — Pools, Italië — Italiaans, Canada — Canadees, België — Belgisch), and the lexicon keeps only
	 * the real ones; irregular ones (Brits, Deens, Frans) are in synonyms.txt.
	 */
	static Optional<String> demonyms(String countryName) {
		String folded = fold(countryName);
		String[] words = folded.split("[ -]");
		String word = words[words.length - 1];
		Set<String> candidates = new LinkedHashSet<>();
		if (word.endsWith("land")) {
			candidates.add(word.substring(0, word.length() - 4)); // Duitsland → Duits
		}
		for (String base : bases(word)) {
			for (String ending : List.of("s", "sch", "isch", "aans", "ans", "ees", "as")) {
				candidates.add(base + ending);
			}
		}
		List<String> adjectives = candidates.stream().filter((c) -> c.length() >= 4 && Lexicon.WORDS.contains(c)).toList();
		return adjectives.isEmpty() ? Optional.empty()
				: Optional.of(folded.replaceAll("[^a-z ]", " ").strip() + ", " + String.join(", ", adjectives));
	}

	/**
	 * A country's Dutch name with its English name and the English adjectives regularly built on it that are no Dutch
	 * word, as a synonym line: "estland, estonia, estonian", "zuid korea, south korea, korean", "japan, japanese",
	 * "singapore, singaporean", "italie, italy, italian". Why: people search in English ("school closures sweden",
	 * "Estonian teachers"), and a country's practices and evidence name it only in Dutch. Irregular ones (Finnish,
	 * Danish, British) are in synonyms.txt. Candidates that are no adjective ("japanian") are never typed, so harmless.
	 */
	static Optional<String> englishDemonyms(String countryName, String englishName) {
		String dutch = fold(countryName).replaceAll("[^a-z ]", " ").strip();
		String english = fold(englishName).replaceAll("[^a-z ]", " ").strip();
		if (english.isEmpty()) {
			return Optional.empty();
		}
		String[] words = english.split(" ");
		String word = words[words.length - 1];
		String base = (word.endsWith("a") || word.endsWith("e") || word.endsWith("y") || word.endsWith("o"))
				? word.substring(0, word.length() - 1) : word;
		Set<String> forms = new LinkedHashSet<>();
		if (!english.equals(dutch)) {
			forms.add(english);
		}
		if (word.endsWith("a")) {
			forms.add(word + "n"); // Estonia, Korea, India: Estonian
		}
		if (word.endsWith("y")) {
			forms.add(base); // Germany: German
		}
		for (String ending : List.of("ian", "ean", "ese", "an")) {
			forms.add(base + ending); // Italy: Italian, Singapore: Singaporean, Japan, China: Japanese, Chinese
		}
		List<String> synonyms = forms.stream()
			.filter((f) -> f.equals(english) || f.length() >= 5 && !Lexicon.WORDS.contains(f))
			.toList();
		return synonyms.isEmpty() ? Optional.empty() : Optional.of(dutch + ", " + String.join(", ", synonyms));
	}

	/** What a country adjective is built on: the name, without -land, -en, -e or -a, with a doubled vowel. */
	private static List<String> bases(String word) {
		Set<String> bases = new LinkedHashSet<>(List.of(word));
		if (word.endsWith("land")) {
			String base = word.substring(0, word.length() - 4); // Finland → fin(s), Engeland → enge(ls)
			bases.add(base);
			bases.add(base.endsWith("e") ? base + "l" : base);
		}
		if (word.endsWith("en") && word.length() > 4) {
			String base = word.substring(0, word.length() - 2); // Zweden → zwed → zweed, Polen → pol → pool
			bases.add(base);
			int n = base.length();
			if (n >= 2 && "aeiou".indexOf(base.charAt(n - 2)) >= 0 && "aeiou".indexOf(base.charAt(n - 1)) < 0) {
				bases.add(base.substring(0, n - 1) + base.charAt(n - 2) + base.charAt(n - 1));
			}
		}
		if (word.endsWith("e") || word.endsWith("a") || word.endsWith("o")) {
			bases.add(word.substring(0, word.length() - 1)); // Belgie → belgi(sch), China → chin(ees), Mexico
		}
		return List.copyOf(bases);
	}

	/**
	 * "cmk, cultuureducatie met kwaliteit" for each name of three to six words whose initials (with or without those
	 * of its stop words) are no Dutch word: people type the initials of a programme's name. Only names of two or more
	 * content words that end in one and hold no number: "van de leraar" is no name but a phrase ("vdl" would be a
	 * synonym of "leraar"), and nobody types "l2i" for "Lenteschool 2021 intro". Bounded like
	 * {@link #abbreviations(Collection)}.
	 */
	static List<String> initials(Collection<String> names) {
		Map<String, Set<String>> meanings = new LinkedHashMap<>();
		for (String name : names) {
			String words = fold(name).replaceAll("[^a-z0-9]+", " ").strip();
			if (isNameOfContentWords(words)) {
				acronyms(name).forEach((acronym) -> meanings.computeIfAbsent(acronym, (a) -> new LinkedHashSet<>()).add(words));
			}
		}
		return synonymLines(meanings);
	}

	private static boolean isNameOfContentWords(String words) {
		String[] split = words.split(" ");
		return !words.matches(".*[0-9].*") && !FUNCTION_WORDS.contains(split[split.length - 1])
				&& List.of(split).stream().filter((w) -> !FUNCTION_WORDS.contains(w)).count() >= 2;
	}

	/** The initials of a name of three to six words, with and without its stop words, that are no Dutch word. */
	static List<String> acronyms(String name) {
		String[] words = fold(name).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
		if (words.length < 3 || words.length > 6) {
			return List.of();
		}
		StringBuilder all = new StringBuilder(), content = new StringBuilder();
		for (String word : words) {
			all.append(word.charAt(0));
			if (!STOPWORDS.contains(word)) {
				content.append(word.charAt(0));
			}
		}
		return java.util.stream.Stream.of(all.toString(), content.toString())
			.distinct()
			.filter((a) -> a.length() >= 3 && !Lexicon.WORDS.contains(a))
			.toList();
	}

	/**
	 * Synonym lines "abbreviation, the words it abbreviates" for each "words (ABBR)" in the texts that is a plausible
	 * long form (see {@link #longForm(String, String)}; Schwartz and Hearst 2003, stricter): "Onderwijs, Cultuur en
	 * Wetenschap (OCW)", "Jeugdgezondheidszorg (JGZ)", and the other way round, "SIRE (Stichting Ideële Reclame)";
	 * never "welzijn (WMO)". Left out: an abbreviation written after more than {@value #MAX_MEANINGS} different
	 * wordings, or more often after words it does not abbreviate than after words it does (as in random text: a
	 * real abbreviation follows its own words). A wording in more than {@value #MAX_MEANINGS} derived lines is left out
	 * when the synonyms are loaded.
	 */
	static List<String> abbreviations(Collection<String> texts) {
		Map<String, Set<String>> meanings = new LinkedHashMap<>();
		Map<String, int[]> uses = new HashMap<>();
		for (String text : texts) {
			Matcher matcher = PARENTHESISED.matcher(text);
			while (matcher.find()) {
				// Why no pattern for the words before: a lazy one tried 200 lengths at every position of every text
				// (6 s for the seed's texts, most of the indexing time of 100,000 documents).
				int end = matcher.start();
				while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
					end--;
				}
				int begin = end;
				while (begin > 0 && end - begin < MAX_LONG_FORM && isLongFormChar(text.charAt(begin - 1))) {
					begin--;
				}
				if (end - begin >= 2) {
					addAbbreviation(meanings, uses, matcher.group(1), text.substring(begin, end));
				}
			}
		}
		for (String text : texts) {
			Matcher matcher = SPELLED_OUT.matcher(text);
			while (matcher.find()) {
				addAbbreviation(meanings, uses, matcher.group(1), matcher.group(2));
			}
		}
		meanings.keySet().removeIf((abbr) -> uses.get(abbr)[1] < uses.get(abbr)[0] - uses.get(abbr)[1]);
		return synonymLines(meanings);
	}

	private static boolean isLongFormChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == ',' || c == ' ';
	}

	/** "abbr, wording" for each abbreviation with at most {@value #MAX_MEANINGS} wordings. */
	private static List<String> synonymLines(Map<String, Set<String>> meanings) {
		List<String> lines = new ArrayList<>();
		meanings.forEach((abbr, wordings) -> {
			if (wordings.size() <= MAX_MEANINGS) {
				wordings.forEach((w) -> lines.add(abbr + ", " + w));
			}
		});
		return lines;
	}

	/**
	 * Adds the end of {@code text} that {@code abbreviation} abbreviates, if any, to its meanings, and counts the use
	 * in {@code uses} (all, plausible).
	 */
	private static void addAbbreviation(Map<String, Set<String>> meanings, Map<String, int[]> uses,
			String abbreviation, String text) {
		if (abbreviation.chars().filter(Character::isUpperCase).count() < 2) {
			return; // "(basis)", "(Arnhem)": a remark, not an abbreviation
		}
		String abbr = fold(abbreviation).replaceAll("[^a-z]", "");
		String[] words = fold(text).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
		// Why at most this many words: "Nationaal Programma Onderwijs (NPO)" abbreviates three words, not the
		// sentence before them.
		int from = Math.max(0, words.length - Math.min(abbr.length() + 5, abbr.length() * 2));
		int[] count = uses.computeIfAbsent(abbr, (a) -> new int[2]);
		count[0]++;
		Optional<String> expansion = longForm(abbr, String.join(" ", List.of(words).subList(from, words.length)))
			.filter((e) -> !e.equals(abbr));
		if (expansion.isPresent()) {
			count[1]++;
			meanings.computeIfAbsent(abbr, (a) -> new LinkedHashSet<>()).add(expansion.get());
		}
	}

	/** Why: one letter of an abbreviation may stand inside a word ("SIRE": Stichting Ideële Reclame), not more. */
	private static final int MAX_INNER_LETTERS = 1;

	/**
	 * The end of {@code words} that {@code abbr} abbreviates, empty when there is none. Plausible means: the end
	 * starts with a content word, every content word gives its first letter, and the other letters start a word or
	 * a part of a compound ("Jeugdgezondheidszorg": JGZ), but for at most {@value #MAX_INNER_LETTERS} inside a word
	 * when the abbreviation has four or more letters ("Justitie en Veiligheid": JenV). Of the plausible ends, the one
	 * with the fewest letters inside words, then the shortest. Why this strict: random words before "(NPO)" hold its
	 * letters in order more often than not ("van leraren (VL)", "nieuwe of te scholensluiting (NRO)").
	 */
	static Optional<String> longForm(String abbr, String words) {
		String[] split = words.split(" ");
		int allowedInner = (abbr.length() >= 4) ? MAX_INNER_LETTERS : 0;
		String best = null;
		int bestInner = allowedInner + 1;
		for (int start = split.length - 1; start >= 0 && bestInner > 0; start--) {
			String first = split[start];
			if (first.isEmpty() || first.charAt(0) != abbr.charAt(0) || FUNCTION_WORDS.contains(first)) {
				continue;
			}
			String[] tail = Arrays.copyOfRange(split, start, split.length);
			int inner = new Alignment(abbr, tail).innerLetters(0, 0, 0);
			if (inner < bestInner) {
				best = String.join(" ", tail);
				bestInner = inner;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The fewest letters of an abbreviation that stand inside words in an alignment with a long form. */
	private static final class Alignment {

		private static final int NONE = 1000;

		/** Why shared: texts repeat their words, and a word's part starts depend only on the lexicon. */
		private static final Map<String, boolean[]> PART_STARTS = new ConcurrentHashMap<>();

		private final String abbr;

		private final String[] words;

		private final List<boolean[]> partStarts = new ArrayList<>();

		private final Map<Integer, Integer> memo = new HashMap<>();

		Alignment(String abbr, String[] words) {
			this.abbr = abbr;
			this.words = words;
			for (String word : words) {
				if (PART_STARTS.size() >= MAX_MEMO) {
					PART_STARTS.clear();
				}
				this.partStarts.add(PART_STARTS.computeIfAbsent(word, Alignment::partStarts));
			}
		}

		/** Letters {@code a}.. of the abbreviation in words {@code w}.., from position {@code p} of word w. */
		int innerLetters(int a, int w, int p) {
			if (w == this.words.length) {
				return (a == this.abbr.length()) ? 0 : NONE;
			}
			int key = (a * 64 + w) * 64 + Math.min(p, 63);
			Integer known = this.memo.get(key);
			if (known != null) {
				return known;
			}
			String word = this.words[w];
			int best = NONE;
			if (p == 0 && !FUNCTION_WORDS.contains(word)) {
				// a content word gives its first letter
				if (a < this.abbr.length() && word.charAt(0) == this.abbr.charAt(a)) {
					best = innerLetters(a + 1, w, 1);
				}
			}
			else {
				best = innerLetters(a, w + 1, 0);
				if (a < this.abbr.length()) {
					for (int q = p; q < word.length(); q++) {
						if (word.charAt(q) == this.abbr.charAt(a)) {
							int inner = (this.partStarts.get(w)[q] ? 0 : 1) + innerLetters(a + 1, w, q + 1);
							best = Math.min(best, inner);
						}
					}
				}
			}
			this.memo.put(key, best);
			return best;
		}

		/** Why four: with three-letter parts too many words have a "part" anywhere ("leer|lin|gen"). */
		private static final int MIN_LETTER_PART = MIN_PART_OF_WORD - 1;

		/**
		 * The positions where a word or a part of it begins: after a chain of lexicon words of four or more letters
		 * from its start, each perhaps followed by a linking sound ("jeugd|gezondheid|s|zorg").
		 */
		private static boolean[] partStarts(String word) {
			boolean[] starts = new boolean[word.length() + 1];
			starts[0] = true;
			for (int s = 0; s < word.length(); s++) {
				if (!starts[s]) {
					continue;
				}
				for (int e = s + MIN_LETTER_PART; e <= word.length() - MIN_LETTER_PART; e++) {
					if (Lexicon.WORDS.contains(word.substring(s, e))) {
						for (String link : LINKS) {
							if (word.startsWith(link, e) && e + link.length() <= word.length() - MIN_LETTER_PART) {
								starts[e + link.length()] = true;
							}
						}
					}
				}
			}
			return starts;
		}

	}

	private static CharArraySet functionWords() {
		CharArraySet words = new CharArraySet(QUERY_STOPWORDS, false);
		words.addAll(List.of("of", "and", "for", "s"));
		return CharArraySet.unmodifiableSet(words);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text.replace("\u0133", "ij"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> loadOverrides() {
		Map<String, String> overrides = new HashMap<>();
		for (String line : lines("stem-overrides.txt")) {
			String[] parts = line.split("\t");
			if (parts.length != 2) {
				throw new IllegalStateException("search/stem-overrides.txt: expected word<TAB>stem, got: " + line);
			}
			overrides.put(parts[0], parts[1]);
		}
		return overrides;
	}

	private static StemmerOverrideMap overrideMap(Map<String, String> overrides) {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		overrides.forEach(builder::add);
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The stems that are one-word synonyms of a stem ("docent": lerar, leerkracht, teacher…), empty for none. Why:
	 * the parts of a compound have synonyms too; "docententekort" is a lerarentekort, "schooldirecteur" a
	 * schoolleider.
	 */
	Set<String> wordSynonyms(String stem) {
		return this.wordSynonyms.getOrDefault(stem, Set.of());
	}

	/**
	 * Each one-word stem of the bundled synonym groups with the other one-word stems of its group; of a one-way line
	 * ("zin => zin, motivatie"), each one-word stem on the left with those on the right.
	 */
	private static Map<String, Set<String>> wordSynonyms(Analyzer entryAnalyzer) {
		Map<String, Set<String>> synonyms = new HashMap<>();
		for (String line : synonymLines()) {
			String[] sides = line.split("=>");
			List<String> from = oneWordStems(entryAnalyzer, sides[0]);
			List<String> to = (sides.length > 1) ? oneWordStems(entryAnalyzer, sides[1]) : from;
			for (String word : from) {
				to.stream().filter((other) -> !other.equals(word))
					.forEach((other) -> synonyms.computeIfAbsent(word, (w) -> new LinkedHashSet<>()).add(other));
			}
		}
		return Map.copyOf(synonyms);
	}

	private static List<String> oneWordStems(Analyzer entryAnalyzer, String entries) {
		List<String> words = new ArrayList<>();
		for (String entry : entries.split(",")) {
			List<String> stems = SearchService.words(entryAnalyzer, entry);
			if (stems.size() == 1) {
				words.add(stems.get(0));
			}
		}
		return words;
	}

	private static Set<String> listedWords() {
		Set<String> words = new HashSet<>();
		for (String line : synonymLines()) {
			for (String entry : line.split(",|=>")) {
				String word = entry.strip().toLowerCase(Locale.ROOT);
				if (word.matches("\\p{L}+")) {
					words.add(word);
				}
			}
		}
		return Set.copyOf(words);
	}

	/**
	 * The bundled synonym lines: the groups of synonyms.txt and the everyday school words of everyday.txt, which
	 * lead one way from a teacher's word to the graph's term.
	 */
	private static List<String> synonymLines() {
		List<String> all = new ArrayList<>(lines("synonyms.txt"));
		all.addAll(lines("everyday.txt"));
		return all;
	}

	private static SynonymMap loadSynonyms(Analyzer entryAnalyzer, List<String> extra) {
		// Why this analyzer: entries are stored as the query chain (without synonyms) produces them.
		SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
		List<String> all = new ArrayList<>(synonymLines());
		// Why: a derived entry the chain drops whole (initials that spell a stop word, "eens") would fail the parse
		// and with it every rebuild; such a line is left out.
		Map<String, List<String>> entriesOf = new LinkedHashMap<>();
		Map<String, Integer> linesWith = new HashMap<>();
		for (String line : extra) {
			List<String> entries = List.of(line.split(",")).stream()
				.map((entry) -> String.join(" ", SearchService.words(entryAnalyzer, entry)))
				.toList();
			if (!entries.contains("")) {
				entriesOf.put(line, entries);
				entries.stream().distinct().forEach((entry) -> linesWith.merge(entry, 1, Integer::sum));
			}
		}
		// Why a bound per entry as the chain reads it: a derived group is a synonym only while it is small. On random
		// text the wordings of many initials came down to "lerar" alone (their other words are stop or question
		// words), and "leraar" was searched with 30 terms.
		entriesOf.forEach((line, entries) -> {
			if (entries.stream().allMatch((entry) -> linesWith.get(entry) <= MAX_MEANINGS)) {
				all.add(line);
			}
		});
		try (Reader reader = new StringReader(String.join("\n", all))) {
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("search/synonyms.txt, everyday.txt or derived synonyms: " + ex.getMessage(), ex);
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

	/**
	 * The OpenTaal lexicon (search/lexicon/README.md), read once per process on first use: the stems of its
	 * words as the chains stem them, and the words themselves.
	 */
	static final class Lexicon {

		/** Why here: the stems are the lexicon's words stemmed as every chain stems them. */
		static final Map<String, String> OVERRIDES = loadOverrides();

		static final Set<String> WORDS = words();

		static final Set<String> STEMS = stems();

		private static Set<String> words() {
			try (InputStream in = DutchAnalysis.class.getResourceAsStream("/search/lexicon/nl-words.txt.gz")) {
				if (in == null) {
					throw new IllegalStateException("missing classpath:search/lexicon/nl-words.txt.gz");
				}
				String all = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
				return Set.copyOf(List.of(all.split("\n")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static boolean isStemOrWord(String text) {
			return WORDS.contains(text) || STEMS.contains(text);
		}

		private static Set<String> stems() {
			Set<String> stems = new HashSet<>();
			for (String word : WORDS) {
				stems.add(stem(OVERRIDES, word));
			}
			return Set.copyOf(stems);
		}

	}

	/**
	 * Completes a word whose head is left out ("zomer_", from "zomer- of lentescholen") with the head of the
	 * compound after "en" or "of" ("zomerscholen"), so the texts name both compounds in full; without such a
	 * compound it is the word itself.
	 */
	static final class EllipticCompounds extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final DutchAnalysis analysis;

		private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();

		EllipticCompounds(TokenStream input, DutchAnalysis analysis) {
			super(input);
			this.analysis = analysis;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.pending.isEmpty()) {
				restoreState(this.pending.poll());
				return true;
			}
			if (!this.input.incrementToken()) {
				return false;
			}
			int n = this.term.length();
			if (n < 2 || this.term.charAt(n - 1) != '_') {
				return true;
			}
			String base = this.term.subSequence(0, n - 1).toString();
			AttributeSource.State elliptic = captureState();
			String completed = base;
			// the conjunction, then the compound whose head completes the word
			for (int i = 0; i < 2 && this.input.incrementToken(); i++) {
				this.pending.add(captureState());
				if (i == 1) {
					String compound = this.term.toString();
					List<String> parts = this.analysis.surfaceParts(compound);
					String candidate = parts.isEmpty() ? base : base + parts.get(parts.size() - 1);
					// Why: a word of the lexicon is no compound the word shares a head with ("basis- en voortgezet
					// onderwijs" is no basisgezet), unless the completed word is a word too
					if (!Lexicon.WORDS.contains(compound) || Lexicon.WORDS.contains(candidate)) {
						completed = candidate;
					}
				}
			}
			restoreState(elliptic);
			this.term.setEmpty().append(completed);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending.clear();
		}

	}

	/**
	 * Splits a hyphenated word ("zij_instromers", see {@link DutchAnalysis#HYPHEN}) into its words, each at its own
	 * position as the tokenizer would have split it, and, when joining, adds the words written as one
	 * ("zijinstromers") at the first word's position. A mark at the end of a word (an elliptic compound, "zomer_")
	 * stays.
	 */
	static final class HyphenatedWords extends TokenFilter {

		/**
		 * The token type of the words of a hyphenated word written as one. Why: its parts are its words, which are
		 * indexed already; {@link CompoundParts} does not split it again.
		 */
		static final String JOINED = "joined";

		/** A word of a hyphenated word: its text, position increment and offsets within the token, its type. */
		private record Word(String text, int increment, int from, int to, String type) {
		}

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final TypeAttribute type = addAttribute(TypeAttribute.class);

		private final boolean join;

		private final ArrayDeque<Word> pending = new ArrayDeque<>();

		private AttributeSource.State state;

		HyphenatedWords(TokenStream input, boolean join) {
			super(input);
			this.join = join;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (this.pending.isEmpty()) {
				if (!this.input.incrementToken()) {
					return false;
				}
				String token = this.term.toString();
				int end = token.endsWith(HYPHEN_MARK) ? token.length() - 1 : token.length();
				if (token.lastIndexOf(HYPHEN_MARK, end - 1) <= 0) {
					return true;
				}
				this.state = captureState();
				split(token, end);
			}
			Word word = this.pending.poll();
			restoreState(this.state);
			int start = this.offset.startOffset(), end = this.offset.endOffset();
			this.term.setEmpty().append(word.text());
			this.increment.setPositionIncrement(word.increment());
			this.offset.setOffset(Math.min(end, start + word.from()), Math.min(end, start + word.to()));
			this.type.setType(word.type());
			return true;
		}

		/** The words of a token with marks up to {@code end} (and perhaps one at its end), as pending tokens. */
		private void split(String token, int end) {
			int first = this.increment.getPositionIncrement();
			String type = this.type.type();
			// Why the words written as one first, at the first word's position: offsets must not go backwards
			boolean joined = this.join && end == token.length();
			if (joined) {
				this.pending.add(new Word(token.replace(HYPHEN_MARK, ""), first, 0, token.length(), JOINED));
			}
			int from = 0;
			while (from < token.length()) {
				int at = token.indexOf(HYPHEN_MARK, from);
				int to = (at < 0 || at >= end) ? token.length() : at;
				if (to > from) {
					int increment = this.pending.isEmpty() ? first : (joined && from == 0) ? 0 : 1;
					this.pending.add(new Word(token.substring(from, to), increment, from, to, type));
				}
				from = to + 1;
			}
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending.clear();
			this.state = null;
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
	 * Drops the clitic of a word that the texts write with an apostrophe clitic where it is written without one
	 * ("LIOs", "zzpers", "regios" are lio, zzp, regio), so both spellings are one word in the index and the query.
	 */
	static final class UnwrittenClitics extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final Set<String> bases;

		UnwrittenClitics(TokenStream input, Set<String> bases) {
			super(input);
			this.bases = bases;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (!this.bases.isEmpty()) {
				String word = this.term.toString();
				for (String clitic : List.of("ers", "er", "s")) {
					if (word.endsWith(clitic) && this.bases.contains(word.substring(0, word.length() - clitic.length()))) {
						this.term.setLength(word.length() - clitic.length());
						break;
					}
				}
			}
			return true;
		}

	}

	/**
	 * Rewrites each word that is no keyword: a diminutive as the word it is made of ({@link DutchAnalysis#undiminish}),
	 * a stem without its doubled final consonant ({@link DutchAnalysis#undouble}).
	 */
	static final class RewriteFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		private final UnaryOperator<String> rewrite;

		RewriteFilter(TokenStream input, UnaryOperator<String> rewrite) {
			super(input);
			this.rewrite = rewrite;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (!this.keyword.isKeyword()) {
				String word = this.term.toString();
				String rewritten = this.rewrite.apply(word);
				if (!rewritten.equals(word)) {
					this.term.setEmpty().append(rewritten);
				}
			}
			return true;
		}

	}

	/**
	 * After each compound, the stems of its parts (and of the parts of those parts) at the same position, marked as
	 * keywords so that no stemmer changes them again: "huiswerkklassen" is also indexed as "huiswerk" and "klas",
	 * "werkdrukverlaging" as "werkdruk" and "verlag". A term already at a position is not repeated there.
	 */
	static final class CompoundParts extends TokenFilter {

		/** The token type of a part: a word inside a compound says less about a text than the word itself. */
		static final String PART = "part";

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		private final TypeAttribute type = addAttribute(TypeAttribute.class);

		private final DutchAnalysis analysis;

		private final ArrayDeque<String> pending = new ArrayDeque<>();

		private final Set<String> atPosition = new HashSet<>();

		private AttributeSource.State state;

		CompoundParts(TokenStream input, DutchAnalysis analysis) {
			super(input);
			this.analysis = analysis;
		}

		@Override
		public boolean incrementToken() throws IOException {
			while (!this.pending.isEmpty()) {
				String part = this.pending.poll();
				if (this.atPosition.add(part)) {
					restoreState(this.state);
					this.term.setEmpty().append(part);
					this.increment.setPositionIncrement(0);
					this.keyword.setKeyword(true);
					this.type.setType(PART);
					return true;
				}
			}
			while (this.input.incrementToken()) {
				if (this.increment.getPositionIncrement() > 0) {
					this.atPosition.clear();
				}
				String word = this.term.toString();
				if (!this.atPosition.add(word)) {
					continue;
				}
				Set<String> parts = new LinkedHashSet<>();
				if (!HyphenatedWords.JOINED.equals(this.type.type())) {
					collectParts(word, parts);
				}
				if (!parts.isEmpty()) {
					this.pending.addAll(parts);
					this.state = captureState();
				}
				return true;
			}
			return false;
		}

		private void collectParts(String word, Set<String> into) {
			for (String part : this.analysis.parts(word)) {
				if (into.add(part)) {
					collectParts(part, into);
				}
			}
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending.clear();
			this.atPosition.clear();
			this.state = null;
		}

	}

}
