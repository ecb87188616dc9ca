package nl.onderwijsgraaf.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of the Dutch analysis chain, on education vocabulary. */
class DutchAnalysisTest {

	static final DutchAnalysis analysis = DutchAnalysis.load(List.of("leerachterstand", "zomerschool"));

	static List<String> index(String text) {
		return SearchService.words(analysis.index(), text).stream().distinct().toList();
	}

	static List<String> query(String text) {
		return SearchService.words(analysis.query(), text);
	}

	@Test
	void lowerCasesAndFoldsDiacritics() {
		assertThat(SearchService.words(analysis.plain(), "Oriëntatie Financiële")).containsExactly("orientatie",
				"financiele");
		assertThat(index("oriëntatie")).isEqualTo(index("orientatie"));
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
	void doesNotSplitAtQueryTime() {
		assertThat(query("lerarentekort")).contains("lerarentekort").doesNotContain("tekort aan");
	}

	@Test
	void addsGraphNamesToTheCompoundDictionary() {
		assertThat(analysis.compoundDictionary().contains("leerachterstand")).isTrue();
		assertThat(index("taalachterstand")).contains("taal", "achterstand");
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
	void keepsEenOpEenAsOneWord() {
		assertThat(index("Een-op-een-begeleiding")).contains("eenopeen", "begeleid");
	}

}
