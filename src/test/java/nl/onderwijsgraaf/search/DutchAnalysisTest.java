package nl.onderwijsgraaf.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of the Dutch analysis chain, on education vocabulary. */
class DutchAnalysisTest {

	static final DutchAnalysis analysis = DutchAnalysis.load(List.of("Finland", "Duitsland", "Zuid-Korea"),
			List.of("Cultuureducatie met Kwaliteit"),
			List.of("Ministerie van Onderwijs, Cultuur en Wetenschap (OCW) en (basis)scholen"));

	static List<String> index(String text) {
		return SearchService.words(analysis.index(), text).stream().distinct().toList();
	}

	static List<String> query(String text) {
		return SearchService.words(analysis.query(), text);
	}

	@Test
	void aCountryWhoseAdjectivesAreListedGetsNoneDerivedFromTheLastWordOfItsName() {
		DutchAnalysis countries = DutchAnalysis.load(List.of("Verenigde Staten", "Zweden"), List.of(), List.of());
		// "staten" gave "staats" and "statisch": every "staat" of a question was the United States
		assertThat(SearchService.words(countries.query(), "op welke plek staat nederland")).doesNotContain("verenigd",
				"statisch");
		assertThat(SearchService.words(countries.query(), "amerikaanse scholen")).contains("verenigd");
		assertThat(SearchService.words(countries.query(), "zweedse scholen")).contains(countries.stem("zweden"));
	}

	@Test
	void anEnglishQuerySearchesItsContentWordsOnly() {
		// "were" stemmed like a Dutch word ("wer"), "how" and "other" matched English names that hold them
		assertThat(query("how long were schools closed in other countries")).doesNotContain("how", "wer", "other")
			.contains("long", "closed");
	}

	@Test
	void lowerCasesAndFoldsDiacritics() {
		assertThat(SearchService.words(analysis.plain(), "Oriëntatie Financiële")).containsExactly("orientatie",
				"financiele");
		assertThat(index("oriëntatie")).isEqualTo(index("orientatie"));
	}

	@Test
	void foldsDiacriticsBeforeMappingPhrases() {
		assertThat(query("één-op-één coaching")).isEqualTo(query("een-op-een coaching")).contains("eenopeen");
	}

	@Test
	void dropsTheCliticOfApostrophePluralsAndAgentNouns() {
		assertThat(SearchService.words(analysis.plain(), "LIO's, DG's, krimpregio’s en IB'ers"))
			.containsExactly("lio", "dg", "krimpregio", "en", "ib");
		assertThat(index("de LIO's")).isEqualTo(index("LIO"));
	}

	@Test
	void dropsTheCliticOfWordsTheTextsWriteWithAnApostropheWhereTheApostropheIsLeftOut() {
		DutchAnalysis texts = DutchAnalysis.load(List.of(), List.of(),
				List.of("leraren in opleiding (LIO's), zzp'ers in de regio's en ALT's"));
		assertThat(SearchService.words(texts.plain(), "LIOs zzpers regios ouders"))
			.containsExactly("lio", "zzp", "regio", "ouders");
		assertThat(SearchService.words(texts.index(), "zzpers")).isEqualTo(SearchService.words(texts.index(), "zzp'ers"));
		// "alter" is a Dutch word: "ALT's" makes no base of "alt"
		assertThat(DutchAnalysis.cliticBases(List.of("ALT's en LIO's"))).containsExactly("lio");
	}

	@Test
	void derivesACountrysEnglishNameAndAdjectivesAsSynonymsOfItsDutchName() {
		assertThat(DutchAnalysis.englishDemonyms("Estland", "Estonia").orElseThrow()).startsWith("estland, estonia, estonian");
		// an English name equal to the Dutch one is not repeated
		assertThat(DutchAnalysis.englishDemonyms("Japan", "Japan").orElseThrow().split(", ")).containsOnlyOnce("japan")
			.contains("japanese");
		assertThat(DutchAnalysis.englishDemonyms("Italië", "Italy").orElseThrow()).contains("italy", "italian");
		DutchAnalysis english = DutchAnalysis.load(List.of("Zweden"), Map.of("Zweden", "Sweden"), List.of(), List.of());
		assertThat(SearchService.words(english.query(), "sweden")).contains(english.stem("zweden"));
	}

	@Test
	void derivesTheAdjectivesOfPlacesOfOneWordFromTheLexicon() {
		// "Haagse" and "Amsterdamse" stem to their place already; "Friese" does not
		Map<String, Object> friesland = Map.of("label", SearchKind.PLACE.label, "name", "Friesland");
		Map<String, Object> zuidLimburg = Map.of("label", SearchKind.PLACE.label, "name", "Zuid-Limburg");
		DutchAnalysis places = SearchIndex.analysis(List.of(friesland, zuidLimburg));
		assertThat(SearchService.words(places.query(), "friese")).contains(places.stem("friesland"));
		assertThat(SearchService.words(analysis.query(), "friese")).doesNotContain(places.stem("friesland"));
		// of a longer name the last word is another place: "Limburgse" is not Zuid-Limburg
		assertThat(SearchService.words(places.query(), "limburgse")).doesNotContain(places.stem("zuid"));
	}

	@Test
	void derivesTheNounsOfAdjectivesAndVerbsFromTheLexicon() {
		assertThat(analysis.derivedNouns("zieke")).contains("ziekte");
		assertThat(analysis.derivedNouns("eenzame")).contains("eenzaamheid");
		assertThat(analysis.derivedNouns("ongemotiveerde")).contains("motivatie");
		assertThat(analysis.derivedNouns("organiseren")).contains("organisatie");
		assertThat(analysis.derivedNouns("leerlingen")).isEmpty();
		// a Latin plural gives its singular: "Amsterdamse musea" finds the Rijksmuseum
		assertThat(analysis.derivedNouns("musea")).contains("museum");
		assertThat(analysis.derivedNouns("centra")).contains("centrum");
	}

	@Test
	void findsTheOtherFormsOfAVerbFormFromTheLexicon() {
		assertThat(analysis.verbForms("daalt", false)).contains("dalen", "gedaald", "daling", "dalend");
		assertThat(analysis.verbForms("gedaald", false)).contains("dalen", "daalt", "daling");
		// "verlaag" is a verb form only before the subject of an inverted question ("hoe verlaag ik")
		assertThat(analysis.verbForms("verlaag", true)).contains("verlagen", "verlaagd", "verlaging");
		assertThat(analysis.verbForms("verlaag", false)).isEmpty();
		// a head word of the lexicon in -t is no verb form, nor is an infinitive that is a plural ("scholen": scholing)
		assertThat(analysis.verbForms("kost", false)).isEmpty();
		assertThat(analysis.verbForms("scholen", false)).isEmpty();
	}

	@Test
	void dropsQuestionAndFillerWordsFromQueries() {
		assertThat(query("wat kost een zomerschool ongeveer?")).contains("kost").doesNotContain("wat", "een", "ongeveer");
		assertThat(query("waarom krijgen wij precies geen bijles?")).contains("bijles")
			.doesNotContain("waarom", "krijgen", "krijg", "wij", "precies", "geen");
	}

	@Test
	void dropsNoWordOfAMultiWordSynonymAsAQuestionWord() {
		List<String> dropped = java.util.stream.Stream.of("synonyms.txt", "everyday.txt")
			.flatMap((file) -> DutchAnalysis.lines(file).stream())
			.flatMap((line) -> List.of(line.split(",|=>")).stream())
			.flatMap((entry) -> SearchService.words(analysis.plain(), entry).stream())
			.filter((word) -> DutchAnalysis.QUERY_STOPWORDS.contains(word) && !DutchAnalysis.STOPWORDS.contains(word))
			.toList();
		assertThat(dropped).isEmpty();
	}

	@Test
	void derivesTheNounsOfParticiplesAdjectivesInIgAndVerbs() {
		assertThat(analysis.derivedNouns("gestreste")).contains("stress");
		assertThat(analysis.derivedNouns("gepest")).contains("pest");
		assertThat(analysis.derivedNouns("angstige")).contains("angst");
		assertThat(analysis.derivedNouns("onrustig")).contains("onrust");
		assertThat(analysis.derivedNouns("lezen")).contains("lees");
		assertThat(analysis.derivedNouns("stromen")).contains("stroom");
		assertThat(analysis.derivedNouns("missen")).contains("gemis");
		assertThat(analysis.derivedNouns("rekenen")).contains("rekenaar");
		// and the participle the texts use as an adjective: "betaalde bijles"
		assertThat(analysis.derivedNouns("betalen")).contains("betaald");
		// too short a stem to tell a participle from another word: "gezond" is no form of "zonnen"
		assertThat(analysis.derivedNouns("gezonde")).doesNotContain("zon");
	}

	@Test
	void joinsASeparableVerbWithItsParticleAtTheEndOfAClause() {
		assertThat(analysis.joinedParticleVerbs(List.of("leerkrachten", "vallen", "snel", "uit")))
			.containsExactly("leerkrachten", "uitval", "snel");
		assertThat(analysis.joinedParticleVerbs(List.of("meesters", "stromen", "uit", "op", "school")))
			.containsExactly("meesters", "uitstroom", "op", "school");
		assertThat(analysis.joinedParticleVerbs(List.of("kinderen", "zitten", "thuis"))).containsExactly("kinderen",
				"thuiszitten");
		// "haken": the stem is haak (no word with af), so the agent noun
		assertThat(analysis.joinedParticleVerbs(List.of("jongeren", "haken", "af", "op", "school")))
			.containsExactly("jongeren", "afhaker", "op", "school");
		// a verb the word lists name, though the lexicon has no "meedoen"
		assertThat(analysis.joinedParticleVerbs(List.of("ouders", "doen", "niet", "mee"))).containsExactly("ouders",
				"meedoen", "niet");
		// a preposition before its noun is no particle
		assertThat(analysis.joinedParticleVerbs(List.of("kinderen", "zitten", "in", "de", "klas")))
			.containsExactly("kinderen", "zitten", "in", "de", "klas");
	}

	@Test
	void leadsEverydaySchoolWordsOneWayToTheGraphsTerms() {
		assertThat(query("geen zin")).contains("zin", "motivatie");
		assertThat(query("motivatie")).doesNotContain("zin");
		assertThat(query("invallers")).contains(analysis.stem("lerarentekort"));
		assertThat(query("lerarentekort")).doesNotContain(query("invallers").get(0));
		// a part of a compound too: a "dorpsschool" is in a krimpregio, not every krimpregio a village
		assertThat(analysis.wordSynonyms(analysis.stem("dorp"))).contains(analysis.stem("krimpregio"));
		assertThat(analysis.wordSynonyms(analysis.stem("krimpregio"))).doesNotContain(analysis.stem("dorp"));
	}

	/**
	 * Why: an everyday word counts as the stems it analyses to, and two words can stem alike ("nascholing" and
	 * "naschoolse": naschol); in two lines such a word would lead the other's searches to its graph terms too.
	 */
	@Test
	void stemsNoEverydayWordAsAWordOfAnotherLine() {
		Map<List<String>, String> lineOf = new HashMap<>();
		for (String line : DutchAnalysis.lines("everyday.txt")) {
			for (String entry : line.split("=>")[0].split(",")) {
				List<String> stems = analysis.contentStems(SearchService.words(analysis.plain(), entry));
				assertThat(lineOf.putIfAbsent(stems, line)).as(entry.strip()).isIn(null, line);
			}
		}
	}

	@Test
	void joinsAnAbbreviationWithAnAmpersand() {
		assertThat(SearchService.words(analysis.plain(), "OC&W en kunst & cultuur")).containsExactly("ocw", "en",
				"kunst", "cultuur");
	}

	@Test
	void dropsDutchStopWords() {
		assertThat(index("de leraar van het jaar")).doesNotContain("de", "van", "het");
		assertThat(query("tekort aan leraren")).doesNotContain("aan");
	}

	@Test
	void stemsInflectionsTogether() {
		assertThat(index("scholen")).isEqualTo(index("school"));
		assertThat(index("leerlingen")).isEqualTo(index("leerling"));
		assertThat(index("vaardigheden")).isEqualTo(index("vaardigheid"));
		assertThat(index("organisaties")).isEqualTo(index("organisatie"));
		assertThat(index("acties")).isEqualTo(index("actie"));
	}

	@Test
	void stemsADiminutiveAsTheWordItIsMadeOfUnlessItHasAMeaningOfItsOwn() {
		assertThat(index("groepjes")).isEqualTo(index("groepje")).isEqualTo(index("groep"));
		assertThat(index("schooltje")).isEqualTo(index("school"));
		assertThat(index("filmpje")).isEqualTo(index("film"));
		assertThat(index("kammetje")).isEqualTo(index("kam"));
		// lexicalised diminutives keep their meaning: a meisje is no meis, a beetje no beet
		assertThat(index("meisjes")).isEqualTo(index("meisje")).isNotEqualTo(index("meis"));
		assertThat(index("beetje")).isNotEqualTo(index("beet"));
		assertThat(index("partij")).containsExactly("partij");
	}

	@Test
	void overridesStemsSnowballMangles() {
		assertThat(index("leraren")).isEqualTo(index("leraar"));
		assertThat(index("bijlessen")).isEqualTo(index("bijles"));
		assertThat(index("kinderen")).isEqualTo(index("kind"));
		assertThat(index("lees")).isNotEqualTo(index("les"));
		assertThat(index("betrokkenheid")).isEqualTo(index("betrekken"));
	}

	@Test
	void splitsCompoundsIntoTheirParts() {
		assertThat(index("lerarentekort")).contains("lerarentekort", "lerar", "tekort");
		assertThat(index("leesvaardigheid")).contains("lees", "vaardig");
		assertThat(index("ouderbetrokkenheid")).contains("ouder", "betrek");
		assertThat(index("schoolsluiting")).contains("schol", "sluit");
		assertThat(index("zomerschool")).contains("zomer", "schol");
	}

	@Test
	void splitsCompoundsThatNoGraphNameHoldsWithLinkingSounds() {
		assertThat(index("Huiswerkklassen")).contains("huiswerk", "klas").containsAll(index("huiswerkklas"));
		assertThat(index("coachingsgesprekken")).contains("coaching", "gesprek");
		assertThat(index("inhaalprogramma")).contains("inhal", "programma");
		assertThat(index("kunstonderwijs")).contains("kunst", "onderwijs");
		// the doubled consonant of a plural before the linking -en
		assertThat(analysis.parts(analysis.stem("klassengrootte"))).isEqualTo(analysis.parts(analysis.stem("klasgrootte")))
			.containsExactly(analysis.stem("klas"), analysis.stem("grootte"));
		assertThat(analysis.parts(analysis.stem("klassenverkleining"))).containsExactly(analysis.stem("klas"),
				analysis.stem("verkleining"));
	}

	@Test
	void indexesAHyphenatedWordAlsoWrittenAsOne() {
		assertThat(index("zij-instromers")).contains("instromer").containsAll(index("zijinstromers"));
		assertThat(index("oud-leerlingen")).containsAll(index("oudleerlingen"));
		// the words stay as the tokenizer splits them, and a query's hyphenated word is its words
		assertThat(SearchService.words(analysis.plain(), "Zij-instromers")).containsExactly("zij", "instromers");
		assertThat(query("vmbo-leerlingen")).containsExactly("vmbo", analysis.stem("leerlingen"));
		assertThat(query("een-op-een")).containsExactly("eenopeen");
	}

	@Test
	void completesAWordWhoseHeadIsLeftOutBeforeEnOrOf() {
		assertThat(SearchService.words(analysis.plain(), "Zomer- of lentescholen")).containsExactly("zomerscholen",
				"of", "lentescholen");
		assertThat(index("muziek- en cultuurlessen")).containsAll(index("muzieklessen"));
		assertThat(SearchService.words(analysis.plain(), "basis- en voortgezet onderwijs")).containsExactly("basis",
				"en", "voortgezet", "onderwijs");
		assertThat(SearchService.words(analysis.plain(), "een-op-een")).doesNotContain("een_");
	}

	@Test
	void keysANameByItsStemsSoAnotherInflectionNamesItToo() {
		assertThat(analysis.nameKey(SearchService.words(analysis.plain(), "Huiswerkklassen")))
			.isEqualTo(analysis.nameKey(List.of("huiswerkklas")));
		assertThat(analysis.nameKey(List.of("gezonde", "basisschool", "van", "de", "toekomst")))
			.isEqualTo(analysis.nameKey(List.of("gezonde", "basisscholen", "toekomst")));
	}

	@Test
	void knowsTheOneWordSynonymsOfAStemSoThatCompoundPartsHaveThemToo() {
		assertThat(analysis.wordSynonyms(analysis.stem("docent"))).contains(analysis.stem("leraar"), analysis.stem("leerkracht"));
		assertThat(analysis.wordSynonyms(analysis.stem("directeur"))).contains(analysis.stem("schoolleider"));
		assertThat(analysis.parts(analysis.stem("docententekort"))).contains(analysis.stem("docent"));
		assertThat(analysis.wordSynonyms(analysis.stem("tafel"))).isEmpty();
	}

	@Test
	void splitsOnlyIntoRealWordsThatCoverTheWhole() {
		assertThat(index("Wonderwijs")).doesNotContain("onderwijs");
		assertThat(index("schaduwonderwijs")).contains("schaduw", "onderwijs");
		assertThat(analysis.parts("xqzonderwijs")).isEmpty();
	}

	@Test
	void splitsACompoundAfterThePluralLinkingErOfItsHead() {
		// "kinder" is in the lexicon too; as a part it did not match "kind"
		assertThat(index("Kindermishandeling")).contains("kind", "mishandel");
		assertThat(index("kinderopvang")).contains("kind", "opvang");
		// "achteren" and "wonderen" are no plurals of "acht" and "wond"
		assertThat(index("achterstand")).doesNotContain("acht");
		assertThat(index("Wonderwijs")).doesNotContain("wond");
		// after a head of four letters, only the plural's -er- marks a seam
		assertThat(index("doorstromen")).doesNotContain("door");
	}

	@Test
	void tellsDutchWordsFromTypos() {
		assertThat(analysis.isWord("assistent")).isTrue();
		assertThat(analysis.isWord("meesters")).isTrue();
		assertThat(analysis.isWord("leuker")).isTrue();
		assertThat(analysis.isWord("werkdrukverlaging")).isTrue();
		assertThat(analysis.isWord("kansenongelijkhied")).isFalse();
		// a verb's forms that the lexicon does not list, as questions use them ("wie betaalt …"), are no typos
		assertThat(List.of("betaalt", "financiert", "verdient", "verbetert", "stopte", "betaalden"))
			.allMatch(analysis::isWord);
		assertThat(analysis.isWord("lerarentekot")).isFalse();
	}

	@Test
	void derivesCountryAdjectivesAndAbbreviationsFromTheGraph() {
		assertThat(query("Finse")).containsAnyElementsOf(query("Finland"));
		assertThat(query("Duitse")).containsAnyElementsOf(query("Duitsland"));
		assertThat(query("Koreaanse")).containsAnyElementsOf(query("Korea"));
		assertThat(query("CmK")).contains("cultuureducatie", "kwaliteit");
		assertThat(DutchAnalysis.abbreviations(List.of("het Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)")))
			.containsExactly("ocw, onderwijs cultuur en wetenschap");
		assertThat(DutchAnalysis.abbreviations(List.of("(basis)scholen"))).isEmpty();
	}

	@Test
	void derivesAnAbbreviationOnlyFromWordsThatHoldItsLetters() {
		assertThat(DutchAnalysis.abbreviations(List.of("de jeugdgezondheidszorg (JGZ) op school")))
			.containsExactly("jgz, jeugdgezondheidszorg");
		// the other way round, as a curator's note keeps a name: "SIRE (Stichting Ideële Reclame)"
		assertThat(DutchAnalysis.abbreviations(List.of("De bronnen schrijven 'SIRE'; de vorige naam 'SIRE (Stichting Ideële Reclame)'")))
			.containsExactly("sire, stichting ideele reclame");
		assertThat(DutchAnalysis.abbreviations(List.of("aandacht voor welzijn (WMO)", "leraren werkdruk (LVB)",
				"de rol van leraren (VL)")))
			.isEmpty();
	}

	@Test
	void leavesOutAbbreviationsAndInitialsThatStandForManyWordings() {
		List<String> texts = List.of("vier dagen vrij (VDV)", "veilig digitaal verkeer (VDV)",
				"vroege doorstroom vmbo (VDV)", "vaste docent vakgroep (VDV)");
		assertThat(DutchAnalysis.abbreviations(texts)).isEmpty();
		assertThat(DutchAnalysis.initials(List.of("Cultuureducatie met Kwaliteit")))
			.containsExactly("cmk, cultuureducatie met kwaliteit");
		assertThat(DutchAnalysis.initials(List.of("Kansen met Kinderen", "Kwaliteit met Kunst", "Kunst met Kennis",
				"Kennis met Kracht"))).noneMatch((line) -> line.startsWith("kmk"));
	}

	@Test
	void derivesAnAbbreviationOnlyFromAPlausibleLongForm() {
		// every content word gives its first letter; other letters start a word or a compound part
		assertThat(DutchAnalysis.abbreviations(List.of("Teaching and Learning Toolkit, Education Endowment Foundation (EEF)")))
			.containsExactly("eef, education endowment foundation");
		assertThat(DutchAnalysis.abbreviations(List.of("het Nationaal Regieorgaan Onderwijsonderzoek (NRO)")))
			.containsExactly("nro, nationaal regieorgaan onderwijsonderzoek");
		// random words that hold the letters in order, as a generated corpus has them
		assertThat(DutchAnalysis.abbreviations(List.of("nieuwe of te scholensluiting maatregelen tuition (NRO)",
				"naast leerlingen instellingen nationaal (NRO)", "leraren (LR)", "leerlingen (LG)"))).isEmpty();
	}

	@Test
	void leavesOutAnAbbreviationWrittenMostlyAfterWordsItDoesNotAbbreviate() {
		List<String> once = List.of("het Nationaal Regieorgaan Onderwijsonderzoek (NRO)");
		List<String> mostlyElsewhere = List.of(once.get(0), "leraren en scholen (NRO)", "in de klas (NRO)");
		assertThat(DutchAnalysis.abbreviations(mostlyElsewhere)).isEmpty();
		assertThat(DutchAnalysis.abbreviations(List.of(once.get(0), once.get(0), "in de klas (NRO)"))).hasSize(1);
	}

	@Test
	void derivesInitialsOnlyFromNamesOfSeveralContentWords() {
		// "vdl" for "van de leraar" would make it a synonym of "leraar" alone
		assertThat(DutchAnalysis.initials(List.of("van de leraar", "Tips voor School", "leraren op school voor",
				"Lenteschool 2021 intro"))).isEmpty();
		assertThat(DutchAnalysis.initials(List.of("Kansenongelijkheid in het onderwijs")))
			.contains("kiho, kansenongelijkheid in het onderwijs");
	}

	@Test
	void leavesOutAWordingThatMoreThanThreeDerivedLinesShare() {
		List<String> three = List.of("Gezonde School Leraren (GSL)", "gezonde scholen en leraren (GSEL)",
				"gezonde school met leraren (GSML)");
		List<String> four = new java.util.ArrayList<>(three);
		four.add("gezonde school voor leraren (GSVL)");
		assertThat(SearchService.words(DutchAnalysis.load(List.of(), List.of(), three).query(), "gsl")).contains("gezond");
		assertThat(SearchService.words(DutchAnalysis.load(List.of(), List.of(), four).query(), "gsl"))
			.containsExactly("gsl");
	}

	@Test
	void doesNotSplitAtQueryTime() {
		assertThat(query("lerarentekort")).contains("lerarentekort").doesNotContain("tekort aan");
	}

	@Test
	void expandsSynonymsIncludingMultiWordOnes() {
		assertThat(query("npo")).contains("npo", "national", "programma", "onderwijs");
		assertThat(query("po")).contains("primair", "basisschol");
		assertThat(query("bijles")).contains("tutor", "eenopeen");
		assertThat(query("welzijn")).contains("welbevind");
		assertThat(query("leerachterstand")).contains("leervertrag");
		assertThat(query("tekort aan leraren")).contains("lerarentekort", "teacher", "shortag");
		assertThat(query("lerarentekort")).contains("tekort", "lerar");
	}

	@Test
	void leavesOutADerivedSynonymThatTheChainDropsWhole() {
		DutchAnalysis withStopWords = DutchAnalysis.load(List.of(), List.of(), List.of("zo is het met de en (DE)"));
		assertThat(SearchService.words(withStopWords.query(), "extra stap")).contains("extra", "stap");
	}

	@Test
	void keepsEenOpEenAsOneWord() {
		assertThat(index("Een-op-een-begeleiding")).contains("eenopeen", "begeleid");
	}

}
