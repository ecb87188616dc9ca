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
 * The search names every country attribute of the seed in Dutch, and only those, every kind of stakeholder of the
 * schema but a role or "other", and every role a stakeholder plays but benefiting.
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
		Set<String> types = enumValues("stakeholder.graphqls", "StakeholderType");
		assertThat(types).contains("ROLE", "OTHER", "SCHOOL_BOARD");
		types.removeAll(Set.of("ROLE", "OTHER"));
		assertThat(SearchIndex.STAKEHOLDER_TYPES.keySet()).containsExactlyInAnyOrderElementsOf(types);
	}

	@Test
	void everyRoleOfAStakeholderButBenefitingHasDutchWords() throws IOException {
		Set<String> roles = enumValues("intervention.graphqls", "InvolvementRole");
		roles.addAll(enumValues("stakeholder.graphqls", "ConnectionRole"));
		assertThat(roles).contains("FUNDS", "EXECUTES", "BENEFITS", "PARTNERS_WITH", "MEMBER_OF");
		roles.remove("BENEFITS");
		assertThat(SearchIndex.ROLE_WORDS.keySet()).containsExactlyInAnyOrderElementsOf(roles);
		assertThat(SearchIndex.ROLE_WORDS.values()).allSatisfy((words) -> assertThat(words).isNotBlank());
	}

	/** The values of an enum of the schema's SDL file. */
	private static Set<String> enumValues(String file, String name) throws IOException {
		String schema = Files.readString(Path.of("schema/graphql", file));
		Matcher block = Pattern.compile("(?s)enum " + name + " \\{(.*?)}").matcher(schema);
		assertThat(block.find()).as(name + " in " + file).isTrue();
		Set<String> values = new TreeSet<>();
		Matcher value = Pattern.compile("(?m)^\\s+([A-Z_]+)\\s*$").matcher(block.group(1));
		while (value.find()) {
			values.add(value.group(1));
		}
		return values;
	}

}
