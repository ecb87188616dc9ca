package nl.onderwijsgraaf.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.search.RelevanceTest.Case;
import nl.onderwijsgraaf.search.RelevanceTest.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures RelevanceTest reports and asserts, on rankings whose answers are known by hand. */
class RelevanceMetricsTest {

	@Test
	void recallCountsEveryExpectedNodeWhileHitNeedsOnlyOne() {
		Map<String, List<String>> rankings = Map.of("half", List.of("X", "A", "Y", "Z", "W", "B"), "none",
				List.of("X", "Y"), "all", List.of("C", "X"));
		List<Case> cases = List.of(new Case("half", Set.of("A", "B"), "-"), new Case("none", Set.of("A"), "-"),
				new Case("all", Set.of("C"), "-"));

		Score score = RelevanceTest.score(cases, rankings::get);

		// B is sixth: outside the top 5, inside the top 10.
		assertThat(score.recallAt5()).isCloseTo((0.5 + 0 + 1) / 3, within(1e-9));
		assertThat(score.hitAt5()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(score.mrrAt10()).isCloseTo((0.5 + 0 + 1) / 3, within(1e-9));
		assertThat(score.misses()).hasSize(2).allSatisfy((miss) -> assertThat(miss).doesNotStartWith("all "));
	}

}
