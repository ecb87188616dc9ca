package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search names every country attribute of the seed in Dutch, and only those, and every kind of stakeholder of the
 * schema but a role or "other".
 */
class AttributeLabelsTest {

	private static final Pattern KEY = Pattern.compile("(?m)^\\s+- key: (\\S+)\\s*$");

	@Test
	void everyAttributeKeyOfTheSeedHasADutchLabel() throws IOException {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = KEY.matcher(Files.readString(Path.of("graph-seed/countries.yaml")));
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		assertThat(keys).hasSizeGreaterThan(50);
		assertThat(SearchIndex.ATTRIBUTE_LABELS.keySet()).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(SearchIndex.ATTRIBUTE_LABELS.values()).allSatisfy((label) -> assertThat(label).isNotBlank());
	}

	@Test
	void everyKindOfStakeholderButARoleOrOtherHasDutchWords() throws IOException {
		String schema = Files.readString(Path.of("schema/graphql/stakeholder.graphqls"));
		Matcher block = Pattern.compile("(?s)enum StakeholderType \\{(.*?)}").matcher(schema);
		assertThat(block.find()).isTrue();
		Set<String> types = new TreeSet<>();
		Matcher value = Pattern.compile("(?m)^\\s+([A-Z_]+)\\s*$").matcher(block.group(1));
		while (value.find()) {
			types.add(value.group(1));
		}
		assertThat(types).contains("ROLE", "OTHER", "SCHOOL_BOARD");
		types.removeAll(Set.of("ROLE", "OTHER"));
		assertThat(SearchIndex.STAKEHOLDER_TYPES.keySet()).containsExactlyInAnyOrderElementsOf(types);
	}

}
