package nl.onderwijsgraaf.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** Programme questions: budgets, goals and doelgebieden, the timeline, follow-up programmes. */
@ServiceTest
class ProgrammeQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Key(String key) {
	}

	record Source(String key) {
	}

	record Provenance(Source source, String page, String lines) {
	}

	record Budget(String key, String kind, Double figure, String unit, String figureText, List<Provenance> provenance) {
	}

	record Item(String key, String kind) {
	}

	record Goal(String key, String name, String type, String code, List<Key> programmes, List<Item> interventions) {
	}

	record Event(String key, String date, String title, List<Key> programmes) {
	}

	private List<Goal> allGoals() {
		List<Goal> goals = this.graphQl.document("""
				{
				  goals(first: 100) {
				    edges {
				      node {
				        key name type code
				        programmes { key }
				        interventions { key kind }
				      }
				    }
				    pageInfo { hasNextPage }
				    totalCount
				  }
				}""").execute().path("goals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("goals.totalCount").entity(Integer.class).isEqualTo(82)
			.path("goals.edges[*].node").entityList(Goal.class).get();
		return goals;
	}

	private List<Event> allEvents() {
		List<Event> events = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document("""
					query Page($after: String) {
					  events(first: 100, after: $after) {
					    edges { node { key date title programmes { key } } }
					    pageInfo { hasNextPage endCursor }
					  }
					}""").variable("after", after).execute();
			events.addAll(response.path("events.edges[*].node").entityList(Event.class).get());
			more = response.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("events.pageInfo.endCursor").entity(String.class).get();
		}
		return events;
	}

	@Test
	void whatBudgetFiguresAreGivenForNpOnderwijsAndWhereDoTheyComeFrom() {
		List<Budget> budget = this.graphQl.document("""
				{
				  programme(key: "np-onderwijs") {
				    budget {
				      key kind figure unit figureText
				      provenance { source { key } page lines }
				    }
				  }
				}""").execute().path("programme.budget").entityList(Budget.class).get();
		assertThat(budget).allSatisfy((b) -> assertThat(b.kind()).isEqualTo("BUDGET"))
			.extracting(Budget::key)
			.containsExactlyInAnyOrder("d001-budget-np-onderwijs-8-4-miljard", "d001-budget-np-onderwijs-gemeenten",
					"d003-ev-budget-8-5-miljard", "d003-ev-budget-5-8-miljard", "d003-ev-budget-effectmeting-15-miljoen",
					"d003-wrapped-budget", "d003-wrapped-besteding-personeel",
					"d003-wrapped-besteding-effectievere-inzet", "d003-wrapped-besteding-meer-onderwijs",
					"d003-wrapped-besteding-sociaal-emotioneel");
		// the conflicting totals are kept side by side, each with its own source
		assertThat(budget).filteredOn((b) -> b.figure() != null && b.figure() >= 1e9 && !b.key().contains("besteding"))
			.extracting(Budget::key, Budget::figure, Budget::unit, Budget::figureText,
					(b) -> b.provenance().get(0).source().key(), (b) -> b.provenance().get(0).page(),
					(b) -> b.provenance().get(0).lines())
			.containsExactlyInAnyOrder(
					tuple("d001-budget-np-onderwijs-8-4-miljard", 8.4e9, "EUR", "8,4 miljard euro", "d001", null, "14-18"),
					tuple("d003-ev-budget-8-5-miljard", 8.5e9, "EUR", "8,5 miljard euro", "d003", "11", null),
					tuple("d003-ev-budget-5-8-miljard", 5.8e9, "EUR", "5,8 miljard euro", "d003", "15", null),
					tuple("d003-wrapped-budget", 5.8e9, "EUR", "€ 5,8 miljard", "d003", "52", null));
	}

	@Test
	void whatAreTheSevenOnderwijsOntwikkelDoelen() {
		List<Goal> doelen = allGoals().stream().filter((g) -> g.type().equals("ONTWIKKELDOEL")).toList();
		assertThat(doelen).extracting(Goal::code, Goal::name)
			.containsExactlyInAnyOrder(
					tuple("OOD-1", "Leerlingen beschikken over de kernvaardigheden om te kunnen participeren in de maatschappij"),
					tuple("OOD-2", "Iedere school biedt prestigieus onderwijs aan waarbij elke leerling zich optimaal ontplooit"),
					tuple("OOD-3", "Er is gelijkwaardige maatschappelijke waardering van alle onderwijsrichtingen"),
					tuple("OOD-4", "Onderwijsprofessional is een gevierd beroep"),
					tuple("OOD-5", "Er heerst een cultuur van samenwerking tussen scholen"),
					tuple("OOD-6", "Onderwijs verbindt een diverse leerlingpopulatie"),
					tuple("OOD-7", "Het Nederlandse onderwijs is innovatief en internationaal toonaangevend"));
		assertThat(doelen).allSatisfy((g) -> assertThat(g.programmes()).extracting(Key::key).containsExactly("nationale-denktank-2021"));
	}

	@Test
	void whichSolutionsServeEachOnderwijsOntwikkelDoel() {
		Map<String, List<String>> solutions = allGoals().stream()
			.filter((g) -> g.type().equals("ONTWIKKELDOEL"))
			.collect(Collectors.toMap(Goal::key,
					(g) -> g.interventions().stream().map(Item::key).sorted().toList(), (a, b) -> a, TreeMap::new));
		assertThat(solutions).containsExactly(entry("ood-1", List.of("d002-kwaliteit-in-zicht")),
				entry("ood-2", List.of("d002-kansen-te-koop", "d002-pas-op-gelijke-kansen")), entry("ood-3", List.of()),
				entry("ood-4", List.of("d002-lerarenberaad", "d002-opleiding-op-maat", "d002-wisselkracht")),
				entry("ood-5", List.of("d002-wisselkracht")), entry("ood-6", List.of()),
				entry("ood-7", List.of("d002-kwaliteit-in-zicht")));
	}

	@Test
	void whichMenukaartItemsBelongToEachDoelgebied() {
		List<Goal> doelgebieden = allGoals().stream().filter((g) -> g.type().equals("DOELGEBIED")).toList();
		// both NP Onderwijs and its menukaart list the six doelgebieden as goals
		for (String programme : List.of("np-onderwijs", "npo-menukaart")) {
			assertThat(this.graphQl.document("""
					query Goals($key: String) {
					  programme(key: $key) { goals { key } }
					}""").variable("key", programme).execute().path("programme.goals[*].key").entityList(String.class).get())
				.as(programme)
				.filteredOn((k) -> k.startsWith("doelgebied-"))
				.containsExactlyInAnyOrder("doelgebied-a", "doelgebied-b", "doelgebied-c", "doelgebied-d", "doelgebied-e",
						"doelgebied-f");
		}
		assertThat(doelgebieden).allSatisfy(
				(g) -> assertThat(g.programmes()).extracting(Key::key).containsExactlyInAnyOrder("np-onderwijs", "npo-menukaart"));
		Map<String, List<String>> items = doelgebieden.stream()
			.collect(Collectors.toMap(Goal::code,
					(g) -> g.interventions().stream().filter((i) -> i.kind().equals("MENUKAART_ITEM")).map(Item::key)
						.sorted().toList(), (a, b) -> a, TreeMap::new));
		assertThat(items).containsExactly(
				entry("A", List.of("mk-uitbreiding-onderwijstijd", "mk-vroegschoolse-interventies", "mk-zomerschool")),
				entry("B", List.of("mk-begrijpend-lezen", "mk-beheersingsgericht-leren", "mk-directe-instructie",
						"mk-een-op-een-begeleiding", "mk-feedback", "mk-fonemisch-bewustzijn", "mk-gesproken-taal",
						"mk-individuele-instructie", "mk-instructie-kleine-groepen", "mk-leren-van-medeleerlingen",
						"mk-loopbaanorientatie", "mk-schrijfonderwijs")),
				entry("C", List.of("mk-cultuureducatie", "mk-sportieve-activiteiten", "mk-welbevinden")),
				entry("D", List.of("mk-metacognitie", "mk-samenwerkend-leren")),
				entry("E", List.of("mk-klassenverkleining", "mk-onderwijsassistenten")),
				entry("F", List.of("mk-digitale-technologie", "mk-leermiddelen", "mk-ouderbetrokkenheid",
						"mk-professionalisering", "mk-schoolontwikkeling", "mk-tijdelijke-aanstelling-personeel")));
		// the school practices the magazine files under a doelgebied come on top of the menukaart items
		assertThat(doelgebieden).filteredOn((g) -> g.code().equals("C"))
			.flatExtracting(Goal::interventions)
			.filteredOn((i) -> !i.kind().equals("MENUKAART_ITEM"))
			.extracting(Item::key)
			.containsExactlyInAnyOrder("d003-muziek-en-cultuurlessen", "d003-tip-schoolbrede-aanpak-welbevinden");
	}

	@Test
	void whatAreTheTenTransitionThemesOfTheOnderwijsAlliantie() {
		List<Goal> themes = allGoals().stream().filter((g) -> g.type().equals("TRANSITION_THEME")).toList();
		assertThat(themes).extracting(Goal::key, Goal::code, Goal::name)
			.containsExactlyInAnyOrder(tuple("tt-1", "1", "Werving van nieuwe leerkrachten"),
					tuple("tt-2", "2", "Maatwerk bij het opleiden van leerkrachten"),
					tuple("tt-3", "3", "Begeleiding van startende leerkrachten"),
					tuple("tt-4", "4", "Werkdrukverlaging en terugdringing ziekteverzuim"),
					tuple("tt-5", "5", "(Strategisch) personeelsbeleid en HRD"),
					tuple("tt-6", "6", "Structurele inzet van bekwame professionals, tijdens en buiten schooltijd"),
					tuple("tt-7", "7",
							"Welzijn- en zorgpartners die de fysieke en emotionele ontwikkeling van het kind versterken"),
					tuple("tt-8", "8",
							"Bedrijven en wijkorganisaties die talenten van het kind buiten de basisvakken helpen ontwikkelen"),
					tuple("tt-9", "9",
							"Mentoren uit de wijk die een kind en zo nodig het gezin ondersteunen en adviseren"),
					tuple("tt-10", "10", "Geschikte huisvesting voor leerkrachten in met name de grote steden"));
		assertThat(themes).allSatisfy(
				(g) -> assertThat(g.programmes()).extracting(Key::key).containsExactly("onderwijs-alliantie-programma"));
	}

	@Test
	void whichInterventionsWorkOnMentorsFromTheNeighbourhood() {
		this.graphQl.document("""
				{
				  goal(key: "tt-9") { interventions { key } }
				}""").execute().path("goal.interventions[*].key").entityList(String.class).satisfies(
				(keys) -> assertThat(keys).containsExactlyInAnyOrder("d004-transitie-lerarentekort-en-wijk",
						"d004-ondersteuning-op-maat-initiatieven", "d004-realiseren-lokale-pps",
						"d004-samen-leren-slotervaart", "d004-sls-mentoren-uit-de-wijk", "d004-cz-wijkteam-binnen-24-uur"));
	}

	@Test
	void whenDidSchoolsCloseAndReopenDuringCorona() {
		Map<String, String> timeline = allEvents().stream()
			.filter((e) -> e.key().matches("d003-evt-20\\d\\d-\\d\\d-\\d\\d-.*"))
			.filter((e) -> e.key().contains("dicht") || e.key().contains("open"))
			.collect(Collectors.toMap(Event::date, Event::title, (a, b) -> a + " | " + b, TreeMap::new));
		assertThat(timeline.keySet()).containsExactly("2020-03-16", "2020-05-11", "2020-06-02", "2020-06-08",
				"2020-07-01", "2020-12-16", "2021-02-08", "2021-03-01", "2021-05-31", "2021-12-19", "2022-01-10");
		assertThat(allEvents()).filteredOn((e) -> e.key().equals("d003-evt-besluit-schoolsluiting"))
			.extracting(Event::date)
			.containsExactly("2020-03");
	}

	@Test
	void whenWasTheLenteschool2021EindPresentatie() {
		Event event = this.graphQl.document("""
				{
				  event(key: "d000-eindpresentatie-2021") { key date title programmes { key } }
				}""").execute().path("event").entity(Event.class).get();
		assertThat(event.date()).isEqualTo("2021-04-16");
		assertThat(event.programmes()).extracting(Key::key)
			.containsExactlyInAnyOrder("lenteschool-2021", "lenteschool-2021-oplossingsfase");
		this.graphQl.document("""
				{
				  programme(key: "lenteschool-2021") { startDate endDate events { key date } }
				}""").execute()
			.path("programme.startDate").entity(String.class).isEqualTo("2021-03-15")
			.path("programme.endDate").entity(String.class).isEqualTo("2021-04-21")
			.path("programme.events[*].date").entityList(String.class)
			.containsExactly("2021-01", "2021-03-15", "2021-03-17", "2021-03-31", "2021-04-16", "2021-04-21");
	}

	@Test
	void whichProgrammesCarryOnAfterNpOnderwijsEnds() {
		Event event = this.graphQl.document("""
				{
				  event(key: "d003-einde-np-onderwijs") { key date title programmes { key } }
				}""").execute().path("event").entity(Event.class).get();
		assertThat(event.date()).isEqualTo("2025");
		assertThat(event.programmes()).extracting(Key::key)
			.containsExactlyInAnyOrder("np-onderwijs", "school-en-omgeving", "ontwikkelkracht",
					"masterplan-basisvaardigheden");
		this.graphQl.document("""
				{
				  programme(key: "ontwikkelkracht") { partOf { key kind } }
				}""").execute()
			.path("programme.partOf[*].key").entityList(String.class).containsExactly("nationaal-groeifonds");
	}

	@Test
	void nodeResolvesTheIdsOfTheExecutiveFunctionItems() {
		List<String> ids = this.graphQl.document("""
				{
				  goal(key: "doelgebied-d") { name interventions { id key } }
				}""").execute()
			.path("goal.name").entity(String.class).isEqualTo("Ontwikkeling van de executieve functies van leerlingen")
			.path("goal.interventions[*].id").entityList(String.class).hasSize(2).get();
		List<String> resolved = new ArrayList<>();
		for (String id : ids) {
			resolved.add(this.graphQl.document("""
					query Resolve($id: ID!) {
					  node(id: $id) {
					    id
					    __typename
					    ... on Intervention { key kind goals { key } }
					  }
					}""").variable("id", id).execute()
				.path("node.id").entity(String.class).isEqualTo(id)
				.path("node.__typename").entity(String.class).isEqualTo("Intervention")
				.path("node.kind").entity(String.class).isEqualTo("MENUKAART_ITEM")
				.path("node.key").entity(String.class).get());
		}
		assertThat(resolved).containsExactlyInAnyOrder("mk-metacognitie", "mk-samenwerkend-leren");
	}


	record CitedRole(String role, Key stakeholder, Provenance provenance, String quote) {
	}

	@Test
	void whatDoesNpOnderwijsGiveMunicipalitiesAndWhereDoesTheLkcaSaySo() {
		List<CitedRole> roles = this.graphQl.document("""
				{
				  programme(key: "np-onderwijs") {
				    stakeholders { role stakeholder { key } provenance { source { key } page lines } quote }
				  }
				}""")
			.execute()
			.path("programme.stakeholders")
			.entityList(CitedRole.class)
			.get();
		CitedRole municipalities = roles.stream()
			.filter((r) -> r.stakeholder().key().equals("gemeenten") && r.role().equals("BENEFITS"))
			.findFirst()
			.orElseThrow();
		assertThat(municipalities.provenance().source().key()).isEqualTo("d001");
		assertThat(municipalities.provenance().lines()).isEqualTo("16-18");
		assertThat(municipalities.quote()).contains("bestemd voor gemeenten");
	}

}
