package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 10: the spelling correction of a search is bounded, however many unknown words the query holds.
 * Measured by the work done (walks of a Levenshtein automaton over the indexed words), not by time.
 */
class CorrectionBudgetTest {

	/** Indexed words that are no Dutch words, and a typo of each that is neither indexed nor Dutch. */
	private static final List<String> WORDS = IntStream.range(0, SearchService.MAX_WORDS)
		.mapToObj((i) -> "kwispeldor" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "ix")
		.toList();

	private static final List<String> TYPOS = WORDS.stream().map((word) -> word + "q").toList();

	@Test
	void aQueryOfUnknownWordsCorrectsNoMoreThanTheBudgetAndWalksNoFurther() {
		SearchIndex index = SearchIndex.ofRows(WORDS.stream().map(CorrectionBudgetTest::row).toList());
		index.search((snapshot) -> {
			for (String typo : TYPOS) {
				// Why each alone: only the budget may leave a typo of the full query uncorrected.
				assertThat(corrections(snapshot, List.of(typo), new AtomicInteger())).as(typo).containsOnlyKeys(typo);
			}
			AtomicInteger budgetWalks = new AtomicInteger(), allWalks = new AtomicInteger();
			corrections(snapshot, TYPOS.subList(0, SearchService.MAX_CORRECTED_WORDS), budgetWalks);
			Map<String, List<String>> all = corrections(snapshot, TYPOS, allWalks);
			assertThat(all).containsOnlyKeys(TYPOS.subList(0, SearchService.MAX_CORRECTED_WORDS));
			assertThat(budgetWalks.get()).isPositive();
			assertThat(allWalks.get()).isEqualTo(budgetWalks.get());
			return null;
		});
	}

	/** The corrections of {@code words}, counting the automaton walks over the spelling field in {@code walks}. */
	private static Map<String, List<String>> corrections(SearchIndex.Snapshot snapshot, List<String> words,
			AtomicInteger walks) {
		try {
			DirectoryReader counting = new CountingReader((DirectoryReader) snapshot.searcher().getIndexReader(), walks);
			return SearchService.corrections(words, new SearchIndex.Snapshot(new IndexSearcher(counting),
					snapshot.analysis(), snapshot.fieldAnalyzer(), snapshot.generation()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> row(String word) {
		Map<String, Object> row = new HashMap<>();
		row.put("label", SearchKind.INTERVENTION.label);
		row.put("key", word);
		row.put("name", word);
		row.put("aliases", List.of());
		row.put("summary", "Een aanpak met " + word + ".");
		row.put("description", List.of());
		row.put("linked", List.of());
		row.put("evidenceLevels", List.of());
		return row;
	}

	/** A reader that counts each walk of an automaton over the terms of the spelling field. */
	private static final class CountingReader extends FilterDirectoryReader {

		private final AtomicInteger walks;

		CountingReader(DirectoryReader in, AtomicInteger walks) throws IOException {
			super(in, new SubReaderWrapper() {

				@Override
				public LeafReader wrap(LeafReader reader) {
					return new FilterLeafReader(reader) {

						@Override
						public Terms terms(String field) throws IOException {
							Terms terms = super.terms(field);
							return (terms == null || !field.equals(SearchIndex.SPELL)) ? terms : new FilterTerms(terms) {

								@Override
								public TermsEnum intersect(CompiledAutomaton automaton, BytesRef startTerm)
										throws IOException {
									walks.incrementAndGet();
									return super.intersect(automaton, startTerm);
								}
							};
						}

						@Override
						public CacheHelper getCoreCacheHelper() {
							return null;
						}

						@Override
						public CacheHelper getReaderCacheHelper() {
							return null;
						}
					};
				}
			});
			this.walks = walks;
		}

		@Override
		protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
			return new CountingReader(in, this.walks);
		}

		@Override
		public CacheHelper getReaderCacheHelper() {
			return null;
		}

	}

}
