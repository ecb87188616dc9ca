package nl.onderwijsgraaf.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that holds a query's word only in a neighbour's name earns less for it than a node whose own words, or the
 * neighbours it is about, hold it: an entity's own node does not push out the node about the entity and the topic.
 */
class LinkedNamesTest {

	private static final String PRACTICE = "Extra ondersteuning in de klas met zij-instromers";

	@Test
	void thePracticeAtAPlaceRanksAboveThePlaceThatOnlyNamesIt() {
		SearchIndex index = SearchIndex.ofRows(List.of(
				// the place: its name is the entity, the topic only in the name of the practice located there
				row(SearchKind.PLACE, "veghel", "Veghel", "", List.of(PRACTICE, "Opvang op locatie"), List.of()),
				// the practice: the topic in its name, the entity in the place it is in
				row(SearchKind.INTERVENTION, "practice", PRACTICE,
						"Het college zette de middelen in voor extra ondersteuning in de klas.",
						List.of("Veghel", "Leervertraging"), List.of("Veghel", "Leervertraging")),
				row(SearchKind.INTERVENTION, "other", "Opvang op locatie", "Leerlingen werden op school opgevangen.",
						List.of("Veghel"), List.of("Veghel")),
				row(SearchKind.STAKEHOLDER, "zij-instromer", "Zij-instromer", "Een leraar uit een ander beroep.",
						List.of(PRACTICE, "Meer zij-instromers"), List.of()),
				row(SearchKind.INTERVENTION, "noodplan", "Meer zij-instromers", "Een noodplan tegen het tekort.",
						List.of("Zij-instromer", "Lerarentekort"), List.of("Lerarentekort")),
				row(SearchKind.PROBLEM, "leervertraging", "Leervertraging", "Leerlingen liepen achterstand op.",
						List.of(PRACTICE), List.of())));
		List<String> keys = index.search((snapshot) -> SearchService.find(snapshot, "veghel zij-instromers", null, null, 0, 10))
			.hits().stream().map(SearchService.IndexHit::key).toList();
		assertThat(keys.get(0)).isEqualTo("practice");
		assertThat(keys).contains("veghel");
	}

	private static Map<String, Object> row(SearchKind kind, String key, String name, String summary,
			List<String> linked, List<String> about) {
		Map<String, Object> row = new HashMap<>();
		row.put("label", kind.label);
		row.put("key", key);
		row.put("name", name);
		row.put("aliases", List.of());
		row.put("summary", summary);
		row.put("description", List.of());
		row.put("linked", linked);
		row.put("about", about);
		row.put("evidenceLevels", List.of());
		return row;
	}

}
