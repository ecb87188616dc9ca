package nl.onderwijsgraaf.search;

import java.util.Arrays;
import java.util.List;

/** The kinds of node the search covers, as GraphQL names them, with their Neo4j label (= record name). */
public enum SearchKind {

	PROBLEM("Problem"), INTERVENTION("Intervention"), EVIDENCE("Evidence"), STAKEHOLDER("Stakeholder"),
	PROGRAMME("Programme"), GOAL("Goal"), INTERNATIONAL_PRACTICE("InternationalPractice"), COUNTRY("Country"),
	TIMELINE_EVENT("TimelineEvent"), SECTOR("Sector"), TARGET_GROUP("TargetGroup"), PLACE("Place");

	final String label;

	SearchKind(String label) {
		this.label = label;
	}

	static List<String> labels() {
		return Arrays.stream(values()).map((k) -> k.label).toList();
	}

	static SearchKind ofLabel(String label) {
		return Arrays.stream(values()).filter((k) -> k.label.equals(label)).findFirst().orElseThrow();
	}

}
