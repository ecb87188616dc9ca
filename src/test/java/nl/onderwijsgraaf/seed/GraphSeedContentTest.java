package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The curated content of {@code graph-seed/} (issue 3 acceptance): it compiles, it is internally consistent, every
 * fact carries provenance, the text is clean, and it holds at least the agreed amount of knowledge. Plain JUnit over
 * the real files with the seed package's own reader and compiler; no Spring, no graph.
 */
class GraphSeedContentTest {

	private static final String LOCATION = "file:graph-seed/";

	/** An e-mail address (deliberately wider than the compiler's own check). */
	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");

	/** Dutch phone numbers (06-12345678, 020 123 4567, +31 20 123 4567), not dates such as 12-02-2021. */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w/.,-])(\\+31|\\(0\\d{1,3}\\)|0\\d{1,3})[\\s-]?\\d{2,4}[\\s-]?\\d{2,4}([\\s-]?\\d{2,4})?(?![\\w/-])");

	/**
	 * A word broken at a line join: a letter, a hyphen, a space and a lower-case word. Dutch writes legitimate
	 * elisions the same way ("basis- en voortgezet", "zomer- of lentescholen", "12- tot 16-jarigen"), so the
	 * conjunctions that may follow such a hyphen are allowed.
	 */
	private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}- (\\p{Ll}+)");

	private static final Set<String> ELISION_FOLLOWERS = Set.of("en", "of", "tot", "als", "noch", "dan", "maar", "and",
			"or", "to", "nor");

	private static List<SeedFile> files;

	private static SeedGraph graph;

	private static Map<String, Map<String, SeedGraph.Node>> nodesByLabel;

	private static Map<String, Set<String>> sdlEnums;

	@BeforeAll
	static void compileTheRealSeed() throws IOException {
		files = SeedFile.readAll(LOCATION);
		graph = SeedCompiler.compile(files);
		nodesByLabel = new LinkedHashMap<>();
		for (SeedGraph.Node node : graph.nodes()) {
			nodesByLabel.computeIfAbsent(node.label(), (l) -> new LinkedHashMap<>()).put(node.id(), node);
		}
		sdlEnums = readSdlEnums();
	}

	// ---------------------------------------------------------------- validity

	@Test
	void theSeedCompilesWithoutProblems() {
		assertThatCode(() -> SeedCompiler.compile(SeedFile.readAll(LOCATION))).doesNotThrowAnyException();
		assertThat(files).extracting(SeedFile::name)
			.containsExactly("countries.yaml", "events.yaml", "evidence.yaml", "goals.yaml", "interventions.yaml",
					"places.yaml", "practices.yaml", "problems.yaml", "programmes.yaml", "sectors.yaml", "sources.yaml",
					"stakeholders.yaml", "target-groups.yaml");
	}

	@Test
	void everyFileHoldsExactlyTheKindItIsNamedFor() {
		Map<String, String> kindOfFile = new TreeMap<>();
		for (SeedFile file : files) {
			assertThat(file.content()).as(file.name()).hasSize(1);
			kindOfFile.put(file.name(), String.valueOf(file.content().keySet().iterator().next()));
		}
		assertThat(kindOfFile).containsEntry("target-groups.yaml", "targetGroups")
			.containsEntry("evidence.yaml", "evidence")
			.containsEntry("countries.yaml", "countries");
		kindOfFile.forEach((file, kind) -> {
			if (!file.equals("target-groups.yaml")) {
				assertThat(file).isEqualTo(kind + ".yaml");
			}
		});
	}

	@Test
	void idsAreUniqueWithinEachKindAndAcrossTheWholeGraphPerLabel() {
		for (SeedFile file : files) {
			for (Map.Entry<?, ?> section : file.content().entrySet()) {
				List<String> ids = ((List<?>) section.getValue()).stream()
					.map((e) -> String.valueOf(((Map<?, ?>) e).get("id")))
					.toList();
				assertThat(ids).as("ids in %s", file.name()).doesNotHaveDuplicates();
			}
		}
		List<String> keys = graph.nodes().stream().map((n) -> n.label() + ":" + n.id()).toList();
		assertThat(keys).doesNotHaveDuplicates();
		assertThat(graph.nodes()).allSatisfy(
				(n) -> assertThat(n.id()).as(n.label()).matches("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?"));
	}

	@Test
	void everyReferenceResolvesToANodeOfTheSeed() {
		Set<String> nodes = graph.nodes().stream().map((n) -> n.label() + ":" + n.id()).collect(Collectors.toSet());
		List<String> dangling = new ArrayList<>();
		for (SeedGraph.Relationship r : graph.relationships()) {
			if (!nodes.contains(r.fromLabel() + ":" + r.fromId())) {
				dangling.add(r.type() + " from " + r.fromLabel() + ":" + r.fromId());
			}
			if (!nodes.contains(r.toLabel() + ":" + r.toId())) {
				dangling.add(r.type() + " to " + r.toLabel() + ":" + r.toId());
			}
		}
		assertThat(dangling).isEmpty();
		// the references the seed is built around
		assertThat(relationship("ADDRESSES", "d002-wisselkracht", "lerarentekort")).isTrue();
		assertThat(relationship("IN_COUNTRY", "d004-fi-vierdaagse-lesweek", "fi")).isTrue();
		assertThat(relationship("SUPPORTED_BY", "mk-feedback", "ref-eef-feedback")).isTrue();
	}

	@Test
	void everyNodeHasItsRequiredFields() {
		List<String> missing = new ArrayList<>();
		for (SeedKind kind : SeedKind.values()) {
			for (SeedGraph.Node node : nodes(kind.label)) {
				for (SeedKind.Field field : kind.fields.values()) {
					Object value = node.properties().get(field.name());
					if (field.required() && (value == null || (value instanceof String s && s.isBlank()))) {
						missing.add(kind.label + ":" + node.id() + "." + field.name());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(nodes("CountryAttribute")).allSatisfy((a) -> assertThat(a.properties()).containsKeys("id", "key")
			.containsAnyOf(Map.entry("key", a.id().substring(a.id().indexOf('/') + 1))));
	}

	@Test
	void everyNodeExceptASourceCarriesProvenance() {
		List<String> without = graph.nodes()
			.stream()
			.filter((n) -> !n.label().equals("Source"))
			.filter((n) -> !(n.properties().get("provenance") instanceof List<?> list) || list.isEmpty()
					|| list.stream().anyMatch((p) -> !SeedRules.PROVENANCE.matcher(String.valueOf(p)).matches()))
			.map((n) -> n.label() + ":" + n.id())
			.toList();
		assertThat(without).isEmpty();
		assertThat(node("Evidence", "d003-ev-budget-8-5-miljard").properties().get("provenance"))
			.isEqualTo(List.of("d003 p.11"));
	}

	@Test
	void everyRelationshipCarriesProvenance() {
		List<String> without = new ArrayList<>();
		for (SeedGraph.Relationship r : graph.relationships()) {
			Object provenance = r.properties().get("provenance");
			boolean ok = (provenance instanceof String s) ? SeedRules.PROVENANCE.matcher(s).matches()
					: (provenance instanceof List<?> list) && !list.isEmpty();
			if (!ok) {
				without.add(r.type() + " " + r.fromId() + " -> " + r.toId());
			}
		}
		assertThat(without).isEmpty();
		assertThat(graph.relationships()).extracting(SeedGraph.Relationship::type)
			.contains("CITES", "HAS_ATTRIBUTE", "INVOLVED_IN", "CONNECTED_TO", "SUPPORTED_BY", "DOCUMENTS");
	}

	@Test
	void provenanceCitesOnlyTheEightKnownSources() {
		assertThat(nodes("Source")).extracting(SeedGraph.Node::id)
			.containsExactlyInAnyOrder("d000", "d001", "d002", "d003", "d004", "eef-toolkit", "menukaart-v1",
					"menukaart-v2");
		Set<String> cited = new TreeSet<>();
		for (SeedGraph.Relationship r : graph.relationships()) {
			if (r.type().equals("CITES")) {
				cited.add(r.toId());
			}
		}
		assertThat(cited).containsExactlyInAnyOrder("d000", "d001", "d002", "d003", "d004", "eef-toolkit",
				"menukaart-v1", "menukaart-v2");
	}

	@Test
	void noTextHoldsAnEmailAddressOrAPhoneNumber() {
		List<String> found = new ArrayList<>();
		forEachText((where, text) -> {
			if (EMAIL.matcher(text).find()) {
				found.add(where + ": e-mail address");
			}
			if (PHONE.matcher(text).find()) {
				found.add(where + ": phone number '" + matched(PHONE, text) + "'");
			}
		});
		assertThat(found).isEmpty();
		assertThat(EMAIL.matcher("mail naar info@lkca.nl voor meer").find()).isTrue();
		assertThat(PHONE.matcher("bel 06-12345678").find()).isTrue();
		assertThat(PHONE.matcher("bel 020 123 4567").find()).isTrue();
		assertThat(PHONE.matcher("brief van 12-02-2021").find()).isFalse();
	}

	@Test
	void noTextShowsExtractionDamage() {
		List<String> found = new ArrayList<>();
		forEachText((where, text) -> {
			if (text.indexOf('\uFFFD') >= 0) {
				found.add(where + ": replacement character");
			}
			if (text.indexOf('\u00AD') >= 0) {
				found.add(where + ": soft hyphen");
			}
			if (text.codePoints().anyMatch((c) -> Character.getType(c) == Character.PRIVATE_USE)) {
				found.add(where + ": private-use character (lost PDF symbol)");
			}
			Matcher matcher = BROKEN_WORD.matcher(text);
			while (matcher.find()) {
				if (!ELISION_FOLLOWERS.contains(matcher.group(1))) {
					found.add(where + ": word broken at a line join '" + matcher.group() + "'");
				}
			}
		});
		assertThat(found).isEmpty();
		assertThat(BROKEN_WORD.matcher("onderwijs- professionals").find()).isTrue();
		assertThat(damage("400 scholen in het basis- en voortgezet onderwijs")).isFalse();
		assertThat(damage("Zomer- of lentescholen")).isFalse();
		assertThat(damage("de leer- kracht")).isTrue();
	}

	@Test
	void noTextForReadersHoldsCataloguingRemarks() {
		List<String> found = new ArrayList<>();
		for (SeedFile file : files) {
			walk(file.name(), file.content(), (where, text) -> {
				String field = where.substring(where.lastIndexOf('.') + 1);
				if (!SeedRules.NOT_FOR_READERS.contains(field) && !field.equals("src")) {
					SeedRules.cataloguingProblems(text).forEach((problem) -> found.add(where + ": " + problem));
				}
			});
		}
		assertThat(found).isEmpty();
		assertThat(SeedRules.cataloguingProblems("EEF Teaching and Learning Toolkit, strand Feedback")).isEmpty();
		assertThat(SeedRules.cataloguingProblems("zie https://www.unicef.nl/files/Rapport.pdf")).isEmpty();
		assertThat(SeedRules.cataloguingProblems("via github.com/oaknational/oak main @5405f576")).hasSize(2);
		assertThat(SeedRules.cataloguingProblems("packages/sdks/src/eef-toolkit.external-data.ts")).hasSize(1);
		assertThat(SeedRules.cataloguingProblems("stored copy; de cel is leeg gelaten")).hasSize(3);
	}

	@Test
	void everyQuoteOccursInItsSourceAtTheCitedPlaceAndShowsItsFigure() {
		SourceQuotes quotes = SourceQuotes.check(files, sharedFolder("seeds"), sharedFolder("reference"));
		assertThat(quotes.problems()).isEmpty();
		assertThat(quotes.verified()).isGreaterThanOrEqualTo(nodes("Evidence").size());
	}

	/**
	 * Issue 12, "every link cites its own place": a link written as a bare id inherits its entry's first citation. Role
	 * and tie links and ADDRESSES links never do (a link the documents do not state in words is {@code inferred} and
	 * says why in its note); the other links may not inherit more often than they do now, so the count only goes down.
	 */
	@Test
	void linksCiteTheirOwnPlaceAndInheritNoMoreThanTheyDidBefore() {
		Map<String, Integer> ceiling = new TreeMap<>(Map.ofEntries(Map.entry("programmes.stakeholders", 0),
				Map.entry("interventions.stakeholders", 0), Map.entry("stakeholders.connections", 0),
				Map.entry("programmes.problems", 0), Map.entry("interventions.problems", 0),
				Map.entry("events.programmes", 0), Map.entry("events.problems", 0), Map.entry("evidence.documents", 0),
				Map.entry("evidence.supports", 0), Map.entry("goals.programme", 0), Map.entry("interventions.goals", 0),
				Map.entry("interventions.programmes", 0), Map.entry("interventions.sectors", 0),
				Map.entry("interventions.targetGroups", 0), Map.entry("interventions.partOf", 0),
				Map.entry("interventions.places", 0), Map.entry("practices.country", 0),
				Map.entry("practices.problems", 0), Map.entry("practices.parallels", 0),
				Map.entry("problems.sectors", 0), Map.entry("problems.related", 0),
				Map.entry("problems.targetGroups", 0), Map.entry("programmes.goals", 0),
				Map.entry("programmes.partOf", 0), Map.entry("programmes.sectors", 0), Map.entry("stakeholders.places", 0),
				Map.entry("stakeholders.partOf", 0)));
		Map<String, Integer> inheriting = new TreeMap<>();
		List<String> inferredWithoutReason = new ArrayList<>();
		for (SeedFile file : files) {
			for (Map.Entry<?, ?> section : file.content().entrySet()) {
				SeedKind kind = java.util.Arrays.stream(SeedKind.values())
					.filter((k) -> k.key().equals(section.getKey()))
					.findFirst()
					.orElseThrow();
				for (Object item : (List<?>) section.getValue()) {
					Map<?, ?> entry = (Map<?, ?>) item;
					for (String link : kind.links().keySet()) {
						Object value = entry.get(link);
						for (Object target : (value instanceof List<?> list) ? list : (value == null) ? List.of() : List.of(value)) {
							if (!(target instanceof Map<?, ?> map) || map.get("src") == null) {
								inheriting.merge(kind.key() + "." + link, 1, Integer::sum);
							}
							else if (Boolean.TRUE.equals(map.get("inferred")) && map.get("note") == null) {
								inferredWithoutReason.add(kind.key() + "[" + entry.get("id") + "]." + link + "[" + map.get("id") + "]");
							}
						}
					}
				}
			}
		}
		List<String> above = new ArrayList<>();
		inheriting.forEach((link, count) -> {
			if (count > ceiling.getOrDefault(link, 0)) {
				above.add(link + ": " + count + " links inherit their entry's citation (at most " + ceiling.getOrDefault(link, 0)
						+ ")");
			}
		});
		assertThat(above).isEmpty();
		assertThat(inferredWithoutReason).isEmpty();
	}

	@Test
	void everyEvidenceItemCarriesAQuote() {
		assertThat(nodes("Evidence")).allSatisfy((e) -> assertThat(e.properties().get("quote")).as(e.id()).isNotNull());
	}

	@Test
	void nearDuplicateNamesWithinAKindAreMergedOrDeclaredDistinct() {
		assertThat(SeedCompiler.nearDuplicates(files)).isEmpty();
		assertThat(SeedRules.nameKey("Organisatie voor Economische Samenwerking en Ontwikkeling (OESO)"))
			.isEqualTo(SeedRules.nameKey("organisatie voor economische samenwerking en ontwikkeling"));
		assertThat(SeedRules.nameKey("’t Hooghe Landt")).isNotEqualTo(SeedRules.nameKey("Hooghe Landt College"));
	}

	@Test
	void everyBudgetFigureHasARoleAndAPartOrAlternativeNamesTheFigureItBelongsTo() {
		Set<String> budgets = nodes("Evidence").stream()
			.filter((e) -> "BUDGET".equals(e.properties().get("kind")))
			.map(SeedGraph.Node::id)
			.collect(Collectors.toSet());
		for (SeedGraph.Node evidence : nodes("Evidence")) {
			Map<String, Object> p = evidence.properties();
			assertThat(p.containsKey("budgetRole")).as(evidence.id()).isEqualTo(budgets.contains(evidence.id()));
			boolean belongs = p.get("budgetRole") != null && !"TOTAL".equals(p.get("budgetRole"));
			assertThat(p.containsKey("budgetOf")).as(evidence.id() + ".budgetOf").isEqualTo(belongs);
			if (belongs) {
				assertThat(budgets).as(evidence.id() + ".budgetOf").contains((String) p.get("budgetOf"));
			}
		}
		assertThat(node("Evidence", "d003-ev-budget-8-5-miljard").properties()).containsEntry("budgetRole", "ALTERNATIVE")
			.containsEntry("budgetOf", "d001-budget-np-onderwijs-8-4-miljard");
	}

	@Test
	void evidenceUnitsComeFromOneDutchVocabulary() {
		// graph-seed/README.md, "Units": a new unit is added there and here, in Dutch, once
		Set<String> vocabulary = Set.of("EUR", "%", "rapportcijfer", "rang", "factor", "fte", "toetsscore", "jaar",
				"maanden", "weken", "uur", "uur per week", "keer", "leerlingen", "kinderen", "jongeren",
				"kinderen en jongeren", "scholen", "deelnemers", "experts", "alumni", "banen", "bezoekers", "kijkers",
				"landen", "instellingen", "districten", "interventies", "interviews", "webinars", "tutorials", "edities",
				"elementen", "etniciteiten", "missies", "praktijkvoorbeelden", "rapportages",
				"factsheets en onderzoeksrapporten", "bossen tulpen");
		assertThat(nodes("Evidence")).filteredOn((e) -> e.properties().containsKey("unit"))
			.allSatisfy((e) -> assertThat(e.properties().get("unit")).as(e.id()).isIn(vocabulary));
		assertThat(nodes("Evidence")).filteredOn((e) -> e.properties().containsKey("figure"))
			.allSatisfy((e) -> assertThat(e.properties()).as(e.id()).containsKeys("unit", "figureText"));
	}

	@Test
	void enumValuesAreThoseOfTheGraphQlSchema() {
		Map<String, String> enumOf = Map.ofEntries(Map.entry("Source.kind", "SourceKind"),
				Map.entry("Place.type", "PlaceType"), Map.entry("Programme.kind", "ProgrammeKind"),
				Map.entry("Goal.type", "GoalType"), Map.entry("Problem.domain", "Domain"),
				Map.entry("Stakeholder.type", "StakeholderType"), Map.entry("Intervention.kind", "InterventionKind"),
				Map.entry("Intervention.status", "InterventionStatus"), Map.entry("Intervention.form", "InterventionForm"), Map.entry("Evidence.kind", "EvidenceKind"),
				Map.entry("Evidence.ratingScheme", "RatingScheme"), Map.entry("CountryAttribute.flag", "Flag"),
				Map.entry("CountryAttribute.period", "AmountPeriod"));
		List<String> invalid = new ArrayList<>();
		enumOf.forEach((property, enumName) -> {
			Set<String> allowed = sdlEnums.get(enumName);
			assertThat(allowed).as(enumName).isNotEmpty();
			String label = property.substring(0, property.indexOf('.'));
			String name = property.substring(property.indexOf('.') + 1);
			for (SeedGraph.Node node : nodes(label)) {
				Object value = node.properties().get(name);
				if (value != null && !allowed.contains(value)) {
					invalid.add(label + ":" + node.id() + "." + name + " = " + value);
				}
			}
		});
		for (SeedGraph.Relationship r : graph.relationships()) {
			Object role = r.properties().get("role");
			String enumName = switch (r.type()) {
				case "INVOLVED_IN" -> "InvolvementRole";
				case "CONNECTED_TO" -> "ConnectionRole";
				default -> null;
			};
			if (enumName != null && !sdlEnums.get(enumName).contains(role)) {
				invalid.add(r.type() + " " + r.fromId() + " -> " + r.toId() + " role " + role);
			}
		}
		assertThat(invalid).isEmpty();
		assertThat(sdlEnums.get("GoalType")).containsExactlyInAnyOrder("ONTWIKKELDOEL", "DOELGEBIED", "PROGRAMME_AIM",
				"CULTURE_THEME", "TRANSITION_THEME", "THEME");
	}

	@Test
	void ratingsAndAttributesStayInTheirRanges() {
		for (SeedGraph.Node evidence : nodes("Evidence")) {
			Map<String, Object> p = evidence.properties();
			if (p.get("evidenceStrength") instanceof Number n) {
				assertThat(n.intValue()).as(evidence.id()).isBetween(0, 5);
			}
			if (p.get("costRating") instanceof Number n) {
				assertThat(n.intValue()).as(evidence.id()).isBetween(1, 5);
			}
			if (p.get("impactMonths") instanceof Number n) {
				assertThat(n.intValue()).as(evidence.id()).isBetween(-12, 12);
			}
			boolean rating = "TOOLKIT_RATING".equals(p.get("kind"));
			assertThat(p.containsKey("ratingScheme")).as(evidence.id()).isEqualTo(rating);
		}
		for (SeedGraph.Node attribute : nodes("CountryAttribute")) {
			Map<String, Object> p = attribute.properties();
			assertThat(p.containsKey("currency")).as(attribute.id()).isEqualTo(p.containsKey("amount"));
			assertThat(Stream.of("amount", "number", "flag", "text", "boolean").filter(p::containsKey).count())
				.as(attribute.id())
				.isEqualTo(1);
		}
	}

	@Test
	void datesAreWrittenAsYearMonthOrDay() {
		for (String label : List.of("TimelineEvent", "Programme")) {
			for (SeedGraph.Node node : nodes(label)) {
				for (String field : List.of("date", "startDate", "endDate")) {
					Object value = node.properties().get(field);
					if (value != null) {
						assertThat(String.valueOf(value)).as(node.id() + "." + field)
							.matches("(19|20)\\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
					}
				}
			}
		}
	}

	// ---------------------------------------------------------------- content floor

	@Test
	void contentFloorPerKind() {
		assertThat(nodes("Problem")).hasSizeGreaterThanOrEqualTo(60);
		assertThat(nodes("Intervention")).hasSizeGreaterThanOrEqualTo(180);
		assertThat(nodes("Evidence")).hasSizeGreaterThanOrEqualTo(150);
		assertThat(nodes("Stakeholder")).hasSizeGreaterThanOrEqualTo(220);
		assertThat(nodes("Programme")).hasSizeGreaterThanOrEqualTo(45);
		assertThat(nodesByLabel.keySet()).containsExactlyInAnyOrder("Source", "Sector", "TargetGroup", "Place",
				"Programme", "Goal", "Problem", "Stakeholder", "Intervention", "Country", "CountryAttribute",
				"InternationalPractice", "TimelineEvent", "Evidence");
		assertThat(ids("Problem")).contains("lerarentekort", "kansenongelijkheid", "leervertraging",
				"welbevinden-leerlingen", "werkdruk-leraren", "woningnood-leraren");
		assertThat(ids("Stakeholder")).contains("ministerie-ocw", "deloitte", "onderwijs-alliantie", "kidsrights",
				"t-hooghe-landt", "cultuurcoordinator");
		assertThat(ids("Programme")).contains("np-onderwijs", "npo-menukaart", "nationale-denktank-2021",
				"effectmeting-kansrijke-interventies", "onderwijs-alliantie-programma");
	}

	@Test
	void sevenCountriesProfiledByD004WithAtLeastSixtyAttributes() {
		List<String> profiled = nodes("Country").stream()
			.filter((c) -> provenance(c).stream().anyMatch((p) -> p.startsWith("d004 p.")))
			.map(SeedGraph.Node::id)
			.toList();
		assertThat(profiled).containsExactlyInAnyOrder("sg", "jp", "kr", "de", "dk", "fi", "ee");
		Map<String, Long> attributesPerCountry = graph.relationships()
			.stream()
			.filter((r) -> r.type().equals("HAS_ATTRIBUTE"))
			.collect(Collectors.groupingBy(SeedGraph.Relationship::fromId, TreeMap::new, Collectors.counting()));
		// the seven profiles; the Netherlands, and the school closures of Sweden, Italy and England (d003), for which the
		// documents give figures without a profile
		assertThat(attributesPerCountry.keySet()).containsAll(profiled)
			.contains("nl", "se", "it", "gb")
			.hasSize(profiled.size() + 4);
		assertThat(attribute("gb", "school-closure-weeks")).containsEntry("number", 16).containsEntry("unit", "weken");
		assertThat(attributesPerCountry.values().stream().mapToLong(Long::longValue).sum())
			.isGreaterThanOrEqualTo(60)
			.isEqualTo(nodes("CountryAttribute").size());
		for (String country : profiled) {
			assertThat(attributesPerCountry.get(country)).as(country).isGreaterThanOrEqualTo(20);
			assertThat(attribute(country, "teacher-shortage").get("flag")).as(country).isIn("YES", "NO", "NOT_STATED");
			assertThat(attribute(country, "salary-teacher-po")).as(country).containsEntry("period", "YEAR")
				.containsKeys("amount", "currency");
		}
		assertThat(attribute("fi", "salary-teacher-po")).containsEntry("amount", 42840).containsEntry("currency", "EUR");
		assertThat(attribute("sg", "salary-teacher-po")).containsEntry("amount", 57919).containsEntry("currency", "SGD");
		assertThat(attribute("ee", "housing-support-amount")).containsEntry("amount", 12782);
	}

	@Test
	void sevenOnderwijsOntwikkelDoelenSixDoelgebiedenTenTransitionThemes() {
		assertThat(goalsOfType("ONTWIKKELDOEL")).containsExactlyInAnyOrder("ood-1", "ood-2", "ood-3", "ood-4", "ood-5",
				"ood-6", "ood-7");
		assertThat(goalsOfType("DOELGEBIED")).containsExactlyInAnyOrder("doelgebied-a", "doelgebied-b", "doelgebied-c",
				"doelgebied-d", "doelgebied-e", "doelgebied-f");
		assertThat(goalsOfType("TRANSITION_THEME")).containsExactlyInAnyOrder("tt-1", "tt-2", "tt-3", "tt-4", "tt-5",
				"tt-6", "tt-7", "tt-8", "tt-9", "tt-10");
		assertThat(nodes("Goal").stream()
			.filter((g) -> "ONTWIKKELDOEL".equals(g.properties().get("type")))
			.map((g) -> g.properties().get("code"))
			.toList()).containsExactlyInAnyOrder("OOD-1", "OOD-2", "OOD-3", "OOD-4", "OOD-5", "OOD-6", "OOD-7");
		assertThat(relationship("HAS_GOAL", "nationale-denktank-2021", "ood-3")).isTrue();
		assertThat(relationship("HAS_GOAL", "np-onderwijs", "doelgebied-f")).isTrue();
		assertThat(relationship("HAS_GOAL", "onderwijs-alliantie-programma", "tt-10")).isTrue();
	}

	@Test
	void theTimelineEventsOfD003AreDated() {
		List<SeedGraph.Node> events = nodes("TimelineEvent").stream()
			.filter((e) -> e.id().startsWith("d003-"))
			.toList();
		assertThat(events).hasSizeGreaterThanOrEqualTo(13);
		assertThat(events).allSatisfy((e) -> assertThat(String.valueOf(e.properties().get("date"))).as(e.id())
			.matches("20\\d{2}(-\\d{2}(-\\d{2})?)?"));
		Map<String, Object> closures = events.stream()
			.filter((e) -> e.id().matches("d003-evt-20\\d\\d-\\d\\d-\\d\\d-.*") && !e.id().contains("brieven")
					&& !e.id().contains("voortgang") && !e.id().contains("webinar"))
			.collect(Collectors.toMap(SeedGraph.Node::id, (e) -> e.properties().get("date"), (a, b) -> a, TreeMap::new));
		assertThat(closures).containsOnlyKeys("d003-evt-2020-03-16-scholen-dicht", "d003-evt-2020-05-11-po-half-open",
				"d003-evt-2020-06-02-vo-deels-open", "d003-evt-2020-06-08-po-volledig-open",
				"d003-evt-2020-07-01-vo-volledig-open", "d003-evt-2020-12-16-scholen-weer-dicht",
				"d003-evt-2021-02-08-po-so-open", "d003-evt-2021-03-01-vo-open-afstand",
				"d003-evt-2021-05-31-vo-volledig-open", "d003-evt-2021-12-19-scholen-weer-dicht",
				"d003-evt-2022-01-10-scholen-volledig-open");
		closures.forEach((id, date) -> assertThat(id).startsWith("d003-evt-" + date + "-"));
	}

	@Test
	void seventyThreeToolkitRatings() {
		List<SeedGraph.Node> ratings = nodes("Evidence").stream()
			.filter((e) -> "TOOLKIT_RATING".equals(e.properties().get("kind")))
			.toList();
		assertThat(ratings).hasSize(73);
		Map<Object, Long> perScheme = ratings.stream()
			.collect(Collectors.groupingBy((e) -> e.properties().get("ratingScheme"), Collectors.counting()));
		assertThat(perScheme).containsExactlyInAnyOrderEntriesOf(
				Map.of("EEF_TOOLKIT", 30L, "MENUKAART_V1", 21L, "MENUKAART_V2", 22L));
		// each rating cites its own row of the reference table, rows 1..73 once each
		List<Integer> rows = ratings.stream()
			.flatMap((e) -> provenance(e).stream())
			.map((p) -> Integer.valueOf(p.substring(p.indexOf(" r.") + 3)))
			.sorted()
			.toList();
		assertThat(rows).containsExactlyElementsOf(Stream.iterate(1, (i) -> i + 1).limit(73).toList());
		assertThat(node("Evidence", "ref-eef-feedback").properties()).containsEntry("impactMonths", 6)
			.containsEntry("evidenceStrength", 4)
			.containsEntry("costRating", 1)
			.containsEntry("numberOfStudies", 155);
		assertThat(node("Evidence", "ref-mk2-klassenverkleining").properties()).containsEntry("impactMonths", 2)
			.containsEntry("costRating", 5)
			.doesNotContainKey("evidenceStrength");
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * {@code shared/<name>} beside the checkout or one of its parents (the source documents are not part of the
	 * repository); {@code -Donderwijsgraaf.shared=<folder>} names the shared folder instead.
	 */
	private static Path sharedFolder(String name) {
		String configured = System.getProperty("onderwijsgraaf.shared");
		if (configured != null) {
			return Path.of(configured, name);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("shared").resolve(name))) {
				return dir.resolve("shared").resolve(name);
			}
		}
		throw new IllegalStateException("no shared/" + name + " folder beside the checkout or a parent of it; the quotes "
				+ "cannot be checked without the source documents (set -Donderwijsgraaf.shared=<folder>)");
	}

	private static boolean damage(String text) {
		Matcher matcher = BROKEN_WORD.matcher(text);
		while (matcher.find()) {
			if (!ELISION_FOLLOWERS.contains(matcher.group(1))) {
				return true;
			}
		}
		return false;
	}

	private static String matched(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group() : "";
	}

	private static Collection<SeedGraph.Node> nodes(String label) {
		return nodesByLabel.getOrDefault(label, Map.of()).values();
	}

	private static Set<String> ids(String label) {
		return nodesByLabel.getOrDefault(label, Map.of()).keySet();
	}

	private static SeedGraph.Node node(String label, String id) {
		SeedGraph.Node node = nodesByLabel.getOrDefault(label, Map.of()).get(id);
		assertThat(node).as(label + ":" + id).isNotNull();
		return node;
	}

	private static Map<String, Object> attribute(String country, String key) {
		return node("CountryAttribute", country + "/" + key).properties();
	}

	private static List<String> provenance(SeedGraph.Node node) {
		return ((List<?>) node.properties().getOrDefault("provenance", List.of())).stream().map(String::valueOf).toList();
	}

	private static List<String> goalsOfType(String type) {
		return nodes("Goal").stream().filter((g) -> type.equals(g.properties().get("type"))).map(SeedGraph.Node::id).toList();
	}

	private static boolean relationship(String type, String from, String to) {
		return graph.relationships()
			.stream()
			.anyMatch((r) -> r.type().equals(type) && r.fromId().equals(from) && r.toId().equals(to));
	}

	/** Every text in every seed file, raw from the YAML (so that nothing the compiler drops escapes the check). */
	private static void forEachText(java.util.function.BiConsumer<String, String> check) {
		for (SeedFile file : files) {
			walk(file.name(), file.content(), check);
		}
		// and the node properties as loaded
		for (SeedGraph.Node node : graph.nodes()) {
			node.properties().forEach((k, v) -> {
				if (v instanceof String s) {
					check.accept(node.label() + ":" + node.id() + "." + k, s);
				}
			});
		}
	}

	private static void walk(String where, Object value, java.util.function.BiConsumer<String, String> check) {
		if (value instanceof String text) {
			check.accept(where, text);
		}
		else if (value instanceof Map<?, ?> map) {
			Object id = map.get("id");
			String here = (id != null) ? where + "[" + id + "]" : where;
			map.forEach((k, v) -> walk(here + "." + k, v, check));
		}
		else if (value instanceof List<?> list) {
			list.forEach((v) -> walk(where, v, check));
		}
	}

	/** The enum types of the GraphQL schema, name to values, read from the SDL files. */
	private static Map<String, Set<String>> readSdlEnums() throws IOException {
		Map<String, Set<String>> enums = new HashMap<>();
		Pattern enumBlock = Pattern.compile("enum\\s+(\\w+)\\s*\\{([^}]*)}");
		try (Stream<Path> paths = Files.list(Path.of("schema/graphql"))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".graphqls")).toList()) {
				String sdl = Files.readString(path);
				Matcher matcher = enumBlock.matcher(sdl);
				while (matcher.find()) {
					String body = matcher.group(2).replaceAll("(?s)\"\"\".*?\"\"\"", " ").replaceAll("\"[^\"\\n]*\"", " ");
					Set<String> values = new LinkedHashSet<>();
					Matcher value = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b").matcher(body);
					while (value.find()) {
						values.add(value.group());
					}
					enums.put(matcher.group(1), values);
				}
			}
		}
		return enums;
	}

}
