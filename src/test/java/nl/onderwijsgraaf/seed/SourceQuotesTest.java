package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote verifies only where the cited source prints it, at the cited place, with the entry's figure. */
class SourceQuotesTest {

	private static final String DOCUMENT = """
			Voorwoord
			Voor dit programma is in totaal 8,4 miljard euro uit-
			getrokken, dat grotendeels naar de scholen zal gaan.
			Bladvulling op pagina twee.
			Interview
			Scholen kozen vooral voor extra personeel.
			Bladvulling op pagina vier.
			Colofon
			Dit staat achterin.
			Volgens OESO-
			onderzoek telt dit mee.
			""";

	private static final String TABLE = "strand_en\tmenukaart_nl\tdoelgebied\timpact_months\tevidence_strength_0_5\tcost_1_5\tnumber_of_studies\tsource\tsource_date\n"
			+ "Feedback\tFeedback\tB\t6\t4\t\t\tnponderwijs.nl\t2022\n";

	private static final String SOURCES = """
			sources:
			  - id: d003
			    title: Terugblik
			    file: doc.txt
			    kind: DOCUMENT
			    pages:
			      - {page: 1, line: 1, printed: Voorwoord}
			      - {page: 3, line: 5, printed: Interview}
			      - {page: 6, line: 8, printed: Colofon}
			  - {id: menukaart-v2, title: Menukaart, file: table.tsv, kind: REFERENCE_DATA}
			""";

	@TempDir
	Path dir;

	@BeforeEach
	void sources() throws IOException {
		Files.writeString(this.dir.resolve("doc.txt"), DOCUMENT);
		Files.writeString(this.dir.resolve("table.tsv"), TABLE);
	}

	List<String> problems(String evidence) throws IOException {
		Files.writeString(this.dir.resolve("sources.yaml"), SOURCES);
		Files.writeString(this.dir.resolve("evidence.yaml"), "evidence:\n" + evidence);
		return SourceQuotes.check(SeedFile.readAll(this.dir.toUri().toString()), this.dir, this.dir).problems();
	}

	static String evidence(String quote, String src, String figureText) {
		return "  - id: e1\n    quote: '" + quote + "'\n    src: [" + src + "]\n"
				+ ((figureText != null) ? "    figureText: '" + figureText + "'\n" : "");
	}

	@Test
	void findsAQuoteAcrossALineEndHyphenRegardlessOfWhitespaceAndCase() throws IOException {
		assertThat(problems(evidence("in totaal 8,4 miljard euro uitgetrokken, DAT grotendeels", "d003 l.2-3",
				"8,4 miljard euro"))).isEmpty();
	}

	@Test
	void findsACompoundSplitAtALineEndWhenTheQuotePrintsItWithItsHyphen() throws IOException {
		assertThat(problems(evidence("Volgens OESO-onderzoek telt dit mee.", "d003 l.10-11", null))).isEmpty();
		assertThat(problems(evidence("Volgens OESO-onderzoek telt dat mee.", "d003 l.10-11", null)))
			.containsExactly("evidence.yaml: evidence[e1].quote: not found in d003 l.10-11");
	}

	@Test
	void rejectsAQuoteTheSourceDoesNotPrint() throws IOException {
		assertThat(problems(evidence("in totaal 8,5 miljard euro uitgetrokken", "d003 l.2-3", null)))
			.containsExactly("evidence.yaml: evidence[e1].quote: not found in d003 l.2-3");
	}

	@Test
	void rejectsAQuoteOutsideTheCitedLines() throws IOException {
		assertThat(problems(evidence("Scholen kozen vooral voor extra personeel.", "d003 l.2-3", null))).containsExactly(
				"evidence.yaml: evidence[e1].quote: found at l.6-6, outside d003 l.2-3 (lines 2-3)");
	}

	@Test
	void acceptsAQuoteWithinThePageWindowOfTheCitedPageAndNotBeyondIt() throws IOException {
		assertThat(problems(evidence("Scholen kozen vooral voor extra personeel.", "d003 p.3", null))).isEmpty();
		assertThat(problems(evidence("Dit staat achterin.", "d003 p.2", null))).containsExactly(
				"evidence.yaml: evidence[e1].quote: found at l.9-9, outside d003 p.2 (lines 1-8)");
	}

	@Test
	void rejectsAQuoteWithoutTheFigureAsPrinted() throws IOException {
		assertThat(problems(evidence("dat grotendeels naar de scholen zal gaan", "d003 l.2-3", "8,4 miljard euro")))
			.containsExactly("evidence.yaml: evidence[e1].quote: does not show the figure '8,4' of figureText '8,4 miljard euro'");
	}

	@Test
	void aRowQuoteIsTheRowsCellsAndTheRatingsMatchThem() throws IOException {
		String rating = "    ratingScheme: MENUKAART_V2\n    evidenceStrength: 4\n";
		assertThat(problems(evidence("Feedback | Feedback | B | 6 | 4", "menukaart-v2 r.1", null) + rating
				+ "    impactMonths: 6\n")).isEmpty();
		assertThat(problems(evidence("Feedback | Feedback | B | 6 | 4", "menukaart-v2 r.1", null) + rating
				+ "    impactMonths: 8\n")).containsExactly(
						"evidence.yaml: evidence[e1].quote: impactMonths 8 differs from the cell '6' of menukaart-v2 r.1");
		assertThat(problems(evidence("Feedback | B | 6", "menukaart-v2 r.1", null))).singleElement()
			.asString()
			.contains("is not the cells of menukaart-v2 r.1 ('Feedback | Feedback | B | 6 | 4')");
	}

	@Test
	void checksTheQuoteOfALinkAgainstTheLinksOwnPlace() throws IOException {
		String programme = "  - id: e1\n    src: [d003 l.1-1]\n    documents:\n"
				+ "      - {id: p1, src: 'd003 l.6-6', quote: 'kozen vooral voor extra personeel'}\n"
				+ "      - {id: p2, src: 'd003 l.6-6', quote: 'kozen vooral voor leraren'}\n";
		assertThat(problems(programme))
			.containsExactly("evidence.yaml: evidence[e1].documents[p2].quote: not found in d003 l.6-6");
	}

	@Test
	void aPageAnchorMustPrintWhatItSays() throws IOException {
		Files.writeString(this.dir.resolve("doc.txt"), DOCUMENT.replace("Interview", "Gesprek"));
		assertThat(problems(evidence("Voorwoord", "d003 p.1", null)))
			.containsExactly("sources.yaml: sources[d003].pages: line 5 does not print 'Interview'");
	}

}
