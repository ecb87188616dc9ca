package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every seed error stops the load with a message naming the file, the entry id and the field. */
class SeedCompilerTest {

	static final String SOURCES = """
			sources:
			  - {id: d003, title: NP Onderwijs terugblik, file: 003.txt, kind: DOCUMENT}
			""";

	static final String PROBLEMS = """
			problems:
			  - id: lerarentekort
			    name: Lerarentekort
			    nameEn: Teacher shortage
			    summary: Er zijn te weinig leraren.
			    domain: EDUCATION
			    src: [d003 p.12]
			""";

	@TempDir
	Path dir;

	SeedGraph compile(String... files) throws IOException {
		for (int i = 0; i < files.length; i++) {
			Files.writeString(this.dir.resolve("file" + i + ".yaml"), files[i]);
		}
		return SeedCompiler.compile(SeedFile.readAll(this.dir.toUri().toString()));
	}

	List<String> problemsOf(String... files) {
		try {
			compile(files);
		}
		catch (SeedException ex) {
			return ex.problems();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("the seed compiled, but should have been rejected");
	}

	@Test
	void compilesAValidSeedIntoNodesAndRelationships() throws IOException {
		SeedGraph graph = compile(SOURCES, PROBLEMS);
		assertThat(graph.nodes()).extracting(SeedGraph.Node::id).containsExactly("d003", "lerarentekort");
		assertThat(graph.nodes().get(1).properties()).containsEntry("provenance", List.of("d003 p.12"));
		assertThat(graph.relationships()).singleElement()
			.satisfies((r) -> assertThat(r.type() + " " + r.fromId() + "->" + r.toId()).isEqualTo("CITES lerarentekort->d003"));
	}

	@Test
	void rejectsAnUnknownReference() {
		assertThat(problemsOf(SOURCES, PROBLEMS + "    related: [leerachterstand]\n")).containsExactly(
				"file1.yaml: problems[lerarentekort].related: unknown reference 'leerachterstand' (no problems entry has that id)");
	}

	@Test
	void rejectsACataloguingRemarkInTextForReadersButNotInTheNote() throws IOException {
		String problem = PROBLEMS.replace("Er zijn te weinig leraren.", "Er zijn te weinig leraren (stored copy).");
		assertThat(problemsOf(SOURCES, problem)).containsExactly(
				"file1.yaml: problems[lerarentekort].summary: holds the cataloguing remark 'stored copy' (move it to 'note')");
		assertThat(compile(SOURCES, PROBLEMS + "    note: overgenomen uit een stored copy\n").nodes().get(1).properties())
			.containsEntry("note", "overgenomen uit een stored copy");
	}

	@Test
	void reportsNearDuplicateNamesUnlessOneDeclaresTheOtherDistinct() throws IOException {
		String twins = PROBLEMS + PROBLEMS.replace("problems:\n", "").replace("id: lerarentekort", "id: tekort-leraren")
			.replace("name: Lerarentekort", "name: Het lérarentekort (LT)");
		Path near = Files.createDirectory(this.dir.resolve("near"));
		Files.writeString(near.resolve("sources.yaml"), SOURCES);
		Files.writeString(near.resolve("problems.yaml"), twins);
		assertThat(SeedCompiler.nearDuplicates(SeedFile.readAll(near.toUri().toString()))).containsExactly(
				"problems.yaml: problems[tekort-leraren].name: nearly the same as problems[lerarentekort] (merge them, or declare distinctFrom: [{id, reason}])");
		Files.writeString(near.resolve("problems.yaml"),
				twins + "    distinctFrom: [{id: lerarentekort, reason: een ander tekort}]\n");
		assertThat(SeedCompiler.nearDuplicates(SeedFile.readAll(near.toUri().toString()))).isEmpty();
		assertThat(problemsOf(SOURCES, twins + "    distinctFrom: [{id: lerarentekort}]\n")).containsExactly(
				"file1.yaml: problems[tekort-leraren].distinctFrom: '{id=lerarentekort}' must be {id, reason} naming another problems entry and why it is a different thing");
	}

	@Test
	void aLinkCarriesItsQuoteAndNoteButNotAQuoteLongerThanAPassage() throws IOException {
		String related = PROBLEMS + PROBLEMS.replace("problems:\n", "").replace("id: lerarentekort", "id: werkdruk")
			.replace("name: Lerarentekort", "name: Werkdruk")
			+ "    related: [{id: lerarentekort, src: 'd003 p.12', quote: 'te weinig leraren', note: 'zelfde alinea'}]\n";
		assertThat(compile(SOURCES, related).relationships())
			.filteredOn((r) -> r.type().equals("RELATED_TO"))
			.singleElement()
			.satisfies((r) -> assertThat(r.properties()).containsEntry("quote", "te weinig leraren")
				.containsEntry("note", "zelfde alinea")
				.containsEntry("provenance", "d003 p.12"));
		assertThat(problemsOf(SOURCES, related.replace("te weinig leraren", "x".repeat(301)))).containsExactly(
				"file1.yaml: problems[werkdruk].related[lerarentekort].quote: must be at most 300 characters (a passage, not a page)");
	}

	@Test
	void rejectsADuplicateId() {
		assertThat(problemsOf(SOURCES, PROBLEMS, PROBLEMS))
			.containsExactly("file2.yaml: problems[lerarentekort].id: duplicate id (first defined in file1.yaml)");
	}

	@Test
	void rejectsAMissingRequiredField() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("    nameEn: Teacher shortage\n", "")))
			.containsExactly("file1.yaml: problems[lerarentekort].nameEn: missing required field");
	}

	@Test
	void rejectsAnEntryWithoutProvenance() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("    src: [d003 p.12]\n", ""))).containsExactly(
				"file1.yaml: problems[lerarentekort].src: missing required field (every fact cites its source)");
	}

	@Test
	void rejectsProvenanceOfAnUnknownSourceOrForm() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("[d003 p.12]", "[d009 p.1, 'd003 page 12']"))).containsExactly(
				"file1.yaml: problems[lerarentekort].src: unknown source 'd009'",
				"file1.yaml: problems[lerarentekort].src: 'd003 page 12' is not a provenance string (expected e.g. 'd003 p.12', 'd000 l.120-140' or 'menukaart-v2 r.4')");
	}

	@Test
	void rejectsABadEnumValue() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("EDUCATION", "ONDERWIJS"))).containsExactly(
				"file1.yaml: problems[lerarentekort].domain: must be one of [CULTURE, EDUCATION, SOCIETY], not 'ONDERWIJS'");
	}

	@Test
	void rejectsAnUnknownField() {
		assertThat(problemsOf(SOURCES, PROBLEMS + "    naam: Lerarentekort\n"))
			.containsExactly("file1.yaml: problems[lerarentekort].naam: unknown field");
	}

	@Test
	void rejectsAnUnknownKind() {
		assertThat(problemsOf(SOURCES, "problemen:\n  - id: x\n")).singleElement()
			.asString()
			.startsWith("file1.yaml: unknown kind 'problemen' (expected one of [sources, sectors,");
	}

	@Test
	void rejectsAMalformedFile() {
		assertThat(problemsOf(SOURCES, "problems:\n  - id: [unclosed\n")).singleElement()
			.asString()
			.startsWith("file1.yaml: malformed YAML: ");
	}

	@Test
	void rejectsAnIdThatIsNotASlug() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("id: lerarentekort", "id: Leraren Tekort")))
			.containsExactly("file1.yaml: problems[#1].id: 'Leraren Tekort' is not a lower-case slug");
	}

	@Test
	void rejectsARoleOutsideItsSet() {
		String stakeholders = """
				stakeholders:
				  - {id: ocw, name: OCW, type: MINISTRY, src: [d003]}
				programmes:
				  - id: npo
				    name: NP Onderwijs
				    kind: PROGRAMME
				    summary: Herstelprogramma.
				    stakeholders: [{id: ocw, role: PAYS}]
				    src: [d003 p.4]
				""";
		assertThat(problemsOf(SOURCES, stakeholders)).singleElement()
			.asString()
			.startsWith("file1.yaml: programmes[npo].stakeholders[ocw].role: must be one of [ADVISES, BENEFITS,");
	}

	@Test
	void rejectsContactDetails() {
		assertThat(problemsOf(SOURCES, PROBLEMS.replace("Er zijn te weinig leraren.", "Mail info@school.nl of bel 020-1234567.")))
			.containsExactly("file1.yaml: problems[lerarentekort].summary: contains an e-mail address",
					"file1.yaml: problems[lerarentekort].summary: contains a phone number");
	}

	@Test
	void rejectsAnEmptySeedLocation() {
		assertThat(problemsOf()).containsExactly("no seed files (*.yaml) found at " + this.dir.toUri());
	}

	@Test
	void readsCountryAttributesAsTypedValues() throws IOException {
		SeedGraph graph = compile(SOURCES, """
				countries:
				  - id: fi
				    name: Finland
				    nameEn: Finland
				    src: [d003 p.51]
				    attributes:
				      - {key: salary-start, amount: 3500, currency: EUR, period: MONTH, src: d003 p.51}
				      - {key: teacher-shortage, flag: NO, src: [d003 p.51]}
				""");
		assertThat(graph.nodes()).filteredOn((n) -> n.label().equals("CountryAttribute"))
			.extracting((n) -> n.properties().get("key") + "=" + n.properties().getOrDefault("amount", n.properties().get("flag")))
			.containsExactly("salary-start=3500", "teacher-shortage=NO");
	}

	@Test
	void rejectsAnAmountWithoutCurrency() {
		assertThat(problemsOf(SOURCES, """
				countries:
				  - id: fi
				    name: Finland
				    nameEn: Finland
				    src: [d003 p.51]
				    attributes:
				      - {key: salary-start, amount: 3500, src: d003 p.51}
				""")).containsExactly("file1.yaml: countries[fi].attributes[salary-start].currency: an amount needs its currency");
	}

}
