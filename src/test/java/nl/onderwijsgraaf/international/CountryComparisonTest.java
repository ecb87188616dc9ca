package nl.onderwijsgraaf.international;

import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries compared attribute by attribute, and the practices that bear on a Dutch problem. */
@ServiceTest
class CountryComparisonTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void comparesSalariesInTheirOwnCurrencies() {
		var response = this.graphQl.document("""
				{ compareCountries(codes: ["sg", "FI", "nl"], attributes: ["salary-teacher-po"]) {
				    countries { key } unknownCodes
				    rows { key cells { country { key } value { amount currency period provenance { label } } } } } }""")
			.execute();
		response.path("compareCountries.countries[*].key").entityList(String.class).containsExactly("sg", "fi", "nl")
			.path("compareCountries.unknownCodes").entityList(String.class).hasSize(0)
			.path("compareCountries.rows[*].key").entityList(String.class).containsExactly("salary-teacher-po")
			.path("compareCountries.rows[0].cells[*].country.key").entityList(String.class).containsExactly("sg", "fi", "nl")
			.path("compareCountries.rows[0].cells[0].value.amount").entity(Double.class).isEqualTo(57919.0)
			.path("compareCountries.rows[0].cells[0].value.currency").entity(String.class).isEqualTo("SGD")
			.path("compareCountries.rows[0].cells[1].value.amount").entity(Double.class).isEqualTo(42840.0)
			.path("compareCountries.rows[0].cells[1].value.currency").entity(String.class).isEqualTo("EUR")
			.path("compareCountries.rows[0].cells[1].value.period").entity(String.class).isEqualTo("YEAR")
			.path("compareCountries.rows[0].cells[2].value").valueIsNull();
	}

	@Test
	void keepsRequestedRowsInOrderAndListsUnknownCodes() {
		this.graphQl.document("""
				{ compareCountries(codes: ["FI", "sg", "xx", "fi"], attributes: ["class-size", "nope"]) {
				    countries { key } unknownCodes rows { key cells { value { number unit } } } } }""")
			.execute()
			.path("compareCountries.countries[*].key").entityList(String.class).containsExactly("fi", "sg")
			.path("compareCountries.unknownCodes").entityList(String.class).containsExactly("xx")
			.path("compareCountries.rows[*].key").entityList(String.class).containsExactly("class-size", "nope")
			.path("compareCountries.rows[0].cells[*].value.number").entityList(Double.class).containsExactly(19.6, 29.0)
			.path("compareCountries.rows[0].cells[0].value.unit").entity(String.class).isEqualTo("leerlingen per klas")
			.path("compareCountries.rows[1].cells[0].value").valueIsNull();
	}

	@Test
	void comparesEveryAttributeWhenNoneAreNamed() {
		this.graphQl.document("{ compareCountries(codes: [\"be\", \"fr\"]) { countries { key } rows { key } } }")
			.execute()
			.path("compareCountries.countries[*].key").entityList(String.class).containsExactly("be", "fr")
			.path("compareCountries.rows").entityList(Object.class).hasSize(0);
		List<String> keys = this.graphQl.document("{ compareCountries(codes: [\"sg\"]) { rows { key } } }")
			.execute()
			.path("compareCountries.rows[*].key").entityList(String.class)
			.contains("class-size", "salary-average", "salary-teacher-po")
			.get();
		assertThat(keys).isSorted();
	}

	@Test
	void rejectsACodeThatIsNotTwoLetters() {
		this.graphQl.document("{ compareCountries(codes: [\"fi\", \"fin\"]) { unknownCodes } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "codes[1]".equals(e.getExtensions().get("argument")))
			.verify();
		this.graphQl.document("{ compareCountries(codes: []) { unknownCodes } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().equals("codes: give 1 to 20 codes, was 0"))
			.verify();
	}

	@Test
	void pagesThroughThePracticesBearingOnAProblem() {
		String document = """
				query($after: String) { practicesByProblem(problem: "lerarentekort", first: 10, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } edges { node { key country { key } } } } }""";
		var first = this.graphQl.document(document).execute();
		first.path("practicesByProblem.totalCount").entity(Integer.class).isEqualTo(15)
			.path("practicesByProblem.edges[0].node.key").entity(String.class).isEqualTo("d004-de-capaciteit-lerarenopleidingen")
			.path("practicesByProblem.edges[0].node.country.key").entity(String.class).isEqualTo("de")
			.path("practicesByProblem.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("practicesByProblem.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(document).variable("after", after).execute()
			.path("practicesByProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("d004-jp-wijkbewoners-doceren", "d004-kr-gereguleerde-lerarenopleiding",
					"d004-kr-huisvestingssteun", "d004-sg-gepensioneerde-docenten", "d004-sg-lerarenopleiding-met-baangarantie")
			.path("practicesByProblem.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void anUnknownProblemHasNoPractices() {
		this.graphQl.document("{ practicesByProblem(problem: \"bestaat-niet\") { totalCount edges { node { key } } } }")
			.execute()
			.path("practicesByProblem.totalCount").entity(Integer.class).isEqualTo(0)
			.path("practicesByProblem.edges").entityList(Object.class).hasSize(0);
	}

}
