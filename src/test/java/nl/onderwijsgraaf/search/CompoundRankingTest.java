package nl.onderwijsgraaf.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the index ranks inflected, compounded and synonymous forms of a query word (issue 11, classes compounds and
 * synonyms), on small in-memory indexes: no graph needed.
 */
class CompoundRankingTest {

	@Test
	void aNameWithTheWordItselfRanksAboveANameThatHoldsItInsideALongerCompound() {
		// The longer compound is linked with more nodes, so without the rule it would come first.
		SearchIndex index = SearchIndex.ofRows(List.of(
				row("cultuurzomerschool", "Cultuurzomerschool", "Een zomerschool met kunst en cultuur.", 3),
				row("zomerscholen", "Zomer- of lentescholen", "Extra lessen in de vakantie voor leerlingen.", 1)));
		assertThat(keys(index, "zomerscholen")).startsWith("zomerscholen");
		assertThat(keys(index, "zomerschool")).startsWith("zomerscholen");
	}

	@Test
	void aHyphenatedWordTypedAsOneFindsTheTextsAndTheNameThatHyphenateIt() {
		SearchIndex index = SearchIndex.ofRows(List.of(row("oud-leerling", "Oud-leerling", "Een rol.", 1),
				row("terugkomdag", "Terugkomdag", "Oud-leerlingen vertellen over hun school.", 3),
				row("leerling", "Leerling", "Een rol.", 1)));
		assertThat(keys(index, "oudleerling")).startsWith("oud-leerling").contains("terugkomdag")
			.doesNotContain("leerling");
		assertThat(keys(index, "oudleerlingen")).startsWith("oud-leerling");
	}

	@Test
	void aOneWordWordingOfASynonymGroupCountsAsOneWordNotHalfOne() {
		// "ib, intern begeleider": a wording of two words counts as the mean of its words, the one word as itself
		SearchIndex index = SearchIndex.ofRows(List.of(row("ib", "De ib op school", "Een rol in de school.", 1),
				row("begeleider", "De intern begeleider op school", "Een rol in de school.", 1)));
		Map<String, Float> scores = scores(index, "ib");
		assertThat(scores.get("ib")).isGreaterThan(scores.get("begeleider"));
	}

	@Test
	void anAgentNounRanksThePeopleItNamesAboveWhatMentionsItsBase() {
		Map<String, Object> students = row("mbo-studenten", "Mbo-studenten", "Een doelgroep.", 1);
		students.put("label", SearchKind.TARGET_GROUP.label);
		students.put("person", true);
		SearchIndex index = SearchIndex.ofRows(List.of(students,
				row("mbo-card", "MBO Card", "Een pas voor het mbo, met korting op cultuur in het mbo.", 3)));
		assertThat(keys(index, "mbo")).startsWith("mbo-card");
		assertThat(keys(index, "mbo'ers")).startsWith("mbo-studenten");
		assertThat(keys(index, "mbo'er")).startsWith("mbo-studenten");
		assertThat(SearchService.agentNouns("zzpers in de cultuur", List.of("zzp", "cultuur"))).containsExactly("zzp");
		// "ouders" is a word of its own, not an agent noun of "oud"
		assertThat(SearchService.agentNouns("ouders", List.of("ouders"))).isEmpty();
	}

	static Map<String, Object> row(String key, String name, String summary, int links) {
		Map<String, Object> row = new HashMap<>();
		row.put("label", SearchKind.INTERVENTION.label);
		row.put("key", key);
		row.put("name", name);
		row.put("aliases", List.of());
		row.put("summary", summary);
		row.put("description", List.of());
		row.put("linked", IntStream.range(0, links).mapToObj((i) -> "Partner " + i).toList());
		row.put("evidenceLevels", List.of());
		return row;
	}

	static List<String> keys(SearchIndex index, String query) {
		return index.search((snapshot) -> SearchService.find(snapshot, query, null, null, 0, 10))
			.hits().stream().map(SearchService.IndexHit::key).toList();
	}

	static Map<String, Float> scores(SearchIndex index, String query) {
		Map<String, Float> scores = new HashMap<>();
		index.search((snapshot) -> SearchService.find(snapshot, query, null, null, 0, 10))
			.hits().forEach((hit) -> scores.put(hit.key(), hit.score()));
		return scores;
	}

}
