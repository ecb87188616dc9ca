package nl.onderwijsgraaf.international;

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

/** What the Netherlands can learn from the seven education systems profiled in d004. */
@ServiceTest
class InternationalQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Source(String key, String file) {
	}

	record Provenance(Source source, String page) {
	}

	record Attribute(String key, Double amount, String currency, String period, Double number, String unit, String flag,
			String text, String note, List<Provenance> provenance) {
	}

	record Country(String key, String name, String nameEn, List<Attribute> attributes) {

		Attribute attribute(String key) {
			return this.attributes.stream().filter((a) -> a.key().equals(key)).findFirst().orElse(null);
		}

	}

	record Key(String key) {
	}

	record Practice(String key, Key country) {
	}

	private List<Country> countries() {
		return this.graphQl.document("""
				{
				  countries(first: 100) {
				    totalCount
				    edges {
				      node {
				        key name nameEn
				        attributes {
				          key amount currency period number unit flag text note
				          provenance { source { key file } page }
				        }
				      }
				    }
				  }
				}""").execute().path("countries.totalCount").entity(Integer.class).isEqualTo(15)
			.path("countries.edges[*].node").entityList(Country.class).get();
	}

	private List<Country> profiled() {
		// a d004 profile always gives its teacher-shortage verdict; the Netherlands has figures but no profile
		return countries().stream().filter((c) -> c.attribute("teacher-shortage") != null).toList();
	}

	@Test
	void whichProfiledCountriesHaveNoTeacherShortage() {
		List<Country> profiled = profiled();
		assertThat(profiled).extracting(Country::key).containsExactlyInAnyOrder("sg", "jp", "kr", "de", "dk", "fi", "ee");
		Map<String, String> shortage = profiled.stream()
			.collect(Collectors.toMap(Country::key, (c) -> c.attribute("teacher-shortage").flag(), (a, b) -> a,
					TreeMap::new));
		// Japan's profile describes falling enrolment and stand-ins but gives no yes or no
		assertThat(shortage).containsExactly(entry("de", "YES"), entry("dk", "YES"), entry("ee", "NO"), entry("fi", "NO"),
				entry("jp", "NOT_STATED"), entry("kr", "NO"), entry("sg", "NO"));
		assertThat(profiled).filteredOn((c) -> "NO".equals(c.attribute("teacher-shortage").flag()))
			.extracting(Country::name)
			.containsExactlyInAnyOrder("Singapore", "Zuid-Korea", "Finland", "Estland");
	}

	@Test
	void whatDoesAPrimaryTeacherEarnInTheCountriesWithoutATeacherShortage() {
		List<Country> withoutShortage = profiled().stream()
			.filter((c) -> "NO".equals(c.attribute("teacher-shortage").flag()))
			.toList();
		assertThat(withoutShortage)
			.extracting(Country::key, (c) -> c.attribute("salary-teacher-po").amount(),
					(c) -> c.attribute("salary-teacher-po").currency(), (c) -> c.attribute("salary-teacher-po").period())
			.containsExactlyInAnyOrder(tuple("sg", 57919.0, "SGD", "YEAR"), tuple("kr", 32485.0, "USD", "YEAR"),
					tuple("fi", 42840.0, "EUR", "YEAR"), tuple("ee", 15000.0, "EUR", "YEAR"));
		assertThat(withoutShortage)
			.extracting(Country::key, (c) -> c.attribute("salary-teacher-po-month").amount(),
					(c) -> c.attribute("salary-teacher-po-month").currency(),
					(c) -> c.attribute("salary-teacher-po-month").period())
			.containsExactlyInAnyOrder(tuple("sg", 4826.0, "SGD", "MONTH"), tuple("kr", 2707.0, "USD", "MONTH"),
					tuple("fi", 3570.0, "EUR", "MONTH"), tuple("ee", 1250.0, "EUR", "MONTH"));
	}

	@Test
	void whereIsSingaporesPrimaryTeacherSalaryStated() {
		Attribute salary = this.graphQl.document("""
				{
				  country(key: "sg") {
				    attributes {
				      key amount currency period number unit flag text note
				      provenance { source { key file } page }
				    }
				  }
				}""").execute().path("country").entity(Country.class).get().attribute("salary-teacher-po");
		assertThat(salary.note()).isEqualTo("S$ 57.919 per jaar");
		assertThat(salary.number()).isNull();
		assertThat(salary.provenance()).containsExactly(
				new Provenance(new Source("d004", "004_e8bf0e6430017c83.txt"), "48"));
	}

	@Test
	void whichCountriesHaveAFourDaySchoolWeek() {
		Map<String, Double> days = profiled().stream()
			.collect(Collectors.toMap(Country::key, (c) -> c.attribute("school-days-per-week").number(), (a, b) -> a,
					TreeMap::new));
		assertThat(days).containsExactly(entry("de", 5.0), entry("dk", 5.0), entry("ee", 4.0), entry("fi", 4.0),
				entry("jp", 5.0), entry("kr", 5.0), entry("sg", 5.0));
		assertThat(profiled()).filteredOn((c) -> c.attribute("school-days-per-week").number() == 4.0)
			.extracting(Country::key)
			.containsExactlyInAnyOrder("fi", "ee");
	}

	@Test
	void whichCountriesOfferTeachersHousingSupportAndHowMuchDoesEstoniaPay() {
		List<Country> profiled = profiled();
		// Korea's profile says it varies by area, which is not a yes
		assertThat(profiled).filteredOn((c) -> "YES".equals(c.attribute("housing-support").flag()))
			.extracting(Country::key)
			.containsExactlyInAnyOrder("jp", "ee");
		assertThat(profiled).filteredOn((c) -> c.attribute("housing-support-amount") != null)
			.extracting(Country::key, (c) -> c.attribute("housing-support-amount").amount(),
					(c) -> c.attribute("housing-support-amount").currency(),
					(c) -> c.attribute("housing-support-amount").period())
			.containsExactly(tuple("ee", 12782.0, "EUR", null));
	}

	@Test
	void whichCountryHasTheSmallestAndWhichTheLargestPrimaryClasses() {
		Map<String, Double> classSize = profiled().stream()
			.filter((c) -> c.attribute("class-size") != null && c.attribute("class-size").number() != null)
			.collect(Collectors.toMap(Country::key, (c) -> c.attribute("class-size").number(), (a, b) -> a,
					TreeMap::new));
		assertThat(classSize).containsExactly(entry("dk", 19.6), entry("fi", 19.6), entry("jp", 14.5),
				entry("kr", 14.6), entry("sg", 29.0));
		assertThat(profiled()).filteredOn((c) -> c.key().equals("de"))
			.extracting((c) -> c.attribute("class-size").text())
			.containsExactly("15–21 leerlingen per klas");
	}

	@Test
	void whereDoesSingaporeRankInTheTeacherStatusIndex() {
		this.graphQl.document("""
				{
				  country(key: "sg") {
				    evidence { key figure }
				  }
				}""").execute()
			.path("country.evidence[?(@.key == 'd004-ev-sg-teacher-status-index')].figure")
			.entityList(Double.class)
			.containsExactly(10.0);
		Attribute rank = this.graphQl.document("""
				{
				  country(key: "sg") {
				    attributes { key number unit provenance { source { key file } page } }
				  }
				}""").execute().path("country").entity(Country.class).get().attribute("teacher-status-rank");
		assertThat(rank.number()).isEqualTo(10.0);
		assertThat(rank.unit()).isEqualTo("plaats");
		assertThat(rank.provenance()).extracting(Provenance::page).containsExactly("49");
	}

	@Test
	void whichForeignPracticesParallelTheMenukaartItemTeachingAssistants() {
		List<Practice> practices = this.graphQl.document("""
				{
				  intervention(key: "mk-onderwijsassistenten") {
				    parallels { key country { key } }
				  }
				}""").execute().path("intervention.parallels").entityList(Practice.class).get();
		assertThat(practices).extracting(Practice::key, (p) -> p.country().key())
			.containsExactlyInAnyOrder(tuple("d004-sg-gepensioneerde-docenten", "sg"),
					tuple("d004-jp-wijkbewoners-doceren", "jp"), tuple("d004-dk-pedagogen-nemen-taken-over", "dk"),
					tuple("d004-dk-ondersteuners-in-de-klas", "dk"));
	}

	@Test
	void whichForeignPracticesBearOnTheTeacherShortage() {
		List<Practice> practices = this.graphQl.document("""
				{
				  problem(key: "lerarentekort") {
				    practices { key country { key } }
				  }
				}""").execute().path("problem.practices").entityList(Practice.class).get();
		assertThat(practices).extracting(Practice::key)
			.containsExactlyInAnyOrder("d004-sg-gepensioneerde-docenten", "d004-sg-lerarenopleiding-met-baangarantie",
					"d004-jp-wijkbewoners-doceren", "d004-jp-huisvesting-nieuwe-leraren",
					"d004-kr-gereguleerde-lerarenopleiding", "d004-kr-huisvestingssteun",
					"d004-de-geografische-mobiliteit", "d004-de-werving-zonder-lerarenopleiding",
					"d004-de-capaciteit-lerarenopleidingen", "d004-dk-pedagogen-nemen-taken-over",
					"d004-dk-ondersteuners-in-de-klas", "d004-fi-selectieve-lerarenopleiding", "d004-fi-autonomie-leraren",
					"d004-ee-startsubsidie-platteland", "d004-ee-salarisverhoging");
		assertThat(practices).allSatisfy((p) -> assertThat(p.key()).startsWith("d004-" + p.country().key() + "-"));
	}

	@Test
	void whichForeignPracticesCouldEaseTeacherWorkload() {
		this.graphQl.document("""
				{
				  problem(key: "werkdruk-leraren") { practices { key } }
				}""").execute().path("problem.practices[*].key").entityList(String.class).satisfies(
				(keys) -> assertThat(keys).containsExactlyInAnyOrder("d004-sg-gepensioneerde-docenten",
						"d004-jp-wijkbewoners-doceren", "d004-dk-werken-op-school", "d004-dk-vakleerkrachten",
						"d004-dk-ondersteuners-in-de-klas", "d004-fi-vierdaagse-lesweek", "d004-ee-vierdaagse-lesweek"));
	}


	record CitedLink(String relationship, CountryKey node, Provenance provenance) {
	}

	record CountryKey(String key) {
	}

	@Test
	void whereDoesTheManifestoSayEstoniaRaisedSalariesAgainstItsShortage() {
		List<CitedLink> links = this.graphQl.document("""
				{
				  practice(key: "d004-ee-salarisverhoging") {
				    links { relationship node { ... on Country { key } } provenance { source { key file } page } }
				  }
				}""")
			.execute()
			.path("practice.links")
			.entityList(CitedLink.class)
			.get();
		assertThat(links).filteredOn((l) -> l.relationship().equals("IN_COUNTRY"))
			.singleElement()
			.satisfies((l) -> {
				assertThat(l.node().key()).isEqualTo("ee");
				assertThat(l.provenance().source().key()).isEqualTo("d004");
			});
	}


	@Test
	void whereDoesTheNetherlandsStandInRespectForTeachersAndAmongOecdCountries() {
		Country nl = countries().stream().filter((c) -> c.key().equals("nl")).findFirst().orElseThrow();
		assertThat(nl.attribute("teacher-status-rank").number()).isEqualTo(17.0);
		assertThat(nl.attribute("oecd-education-rank").number()).isEqualTo(16.0);
		assertThat(nl.attribute("pisa-top-quarter-migrant-pupils").number()).isEqualTo(9.0);
		assertThat(nl.attribute("pisa-top-quarter-migrant-pupils").unit()).isEqualTo("%");
		assertThat(nl.attribute("teacher-shortage")).isNull();
	}
}
