package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.onderwijsgraaf.search.SearchResults.Facet;
import nl.onderwijsgraaf.search.SearchResults.FacetValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the hits of a search and the facet values of every hit, exactly, and passes each hit on.
 * <p>
 * Why by combination: a segment's documents share few distinct combinations of facet values (kind, sector, status…),
 * so each document is mapped once per segment to the number of its combination ({@link Layout}); a hit then costs one
 * array increment instead of a doc-value lookup per facet, and the combinations' counts are spread over their values
 * once at the end. Over 100,000 documents a common word has most of them as hits.
 */
final class FacetCounts implements Collector {

	/**
	 * The layouts of the open segments: why a cache, the layout depends only on the segment's (immutable) doc values,
	 * so it is built once per segment, not per search.
	 */
	private static final SegmentCache<Layout> LAYOUTS = new SegmentCache<>(Layout::of);

	/**
	 * The collector each hit is passed on to (the top page's). Why passed on, not both under a MultiCollector: a
	 * common word has most documents as hits, and the MultiCollector's loop over its collectors per hit showed in
	 * the profile.
	 */
	private final Collector next;

	private final List<Layout> layouts = new ArrayList<>();

	private final List<int[]> counts = new ArrayList<>();

	FacetCounts(Collector next) {
		this.next = next;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		Layout layout = LAYOUTS.get(context.reader());
		this.layouts.add(layout);
		int[] comboOfDoc = layout.comboOfDoc;
		int[] comboCounts = new int[layout.valuesOfCombo.length];
		this.counts.add(comboCounts);
		return new FilterLeafCollector(this.next.getLeafCollector(context)) {

			@Override
			public void collect(int doc) throws IOException {
				comboCounts[comboOfDoc[doc]]++;
				this.in.collect(doc);
			}
		};
	}

	@Override
	public ScoreMode scoreMode() {
		return this.next.scoreMode();
	}

	/** How many hits were counted. */
	int total() {
		int total = 0;
		for (int[] segment : this.counts) {
			total += Arrays.stream(segment).sum();
		}
		return total;
	}

	/** Every facet with the counts of its values over all hits, largest first (equal counts by value). */
	List<Facet> result() {
		Map<SearchFacet, Map<String, Integer>> byValue = new LinkedHashMap<>();
		for (SearchFacet facet : SearchFacet.values()) {
			byValue.put(facet, new TreeMap<>());
		}
		for (int s = 0; s < this.layouts.size(); s++) {
			Layout layout = this.layouts.get(s);
			int[] segment = this.counts.get(s);
			// Why counted per value number first: a segment has many more combinations than values.
			int[] ofValue = new int[layout.valueNames.length];
			for (int combo = 0; combo < segment.length; combo++) {
				if (segment[combo] > 0) {
					for (int value : layout.valuesOfCombo[combo]) {
						ofValue[value] += segment[combo];
					}
				}
			}
			for (int value = 0; value < ofValue.length; value++) {
				if (ofValue[value] > 0) {
					byValue.get(layout.facetOfValue[value]).merge(layout.valueNames[value], ofValue[value], Integer::sum);
				}
			}
		}
		List<Facet> facets = new ArrayList<>();
		byValue.forEach((facet, counts) -> facets.add(new Facet(facet, counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map((e) -> new FacetValue(e.getKey(), e.getValue()))
			.toList())));
		return facets;
	}

	/** Builds the layouts of the reader's segments that have none yet, so that no search waits for one. */
	static void prepare(IndexReader reader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			LAYOUTS.get(leaf.reader());
		}
	}

	/**
	 * One segment's facet values: each document's combination number, and per combination its values, numbered over
	 * all facets of the segment.
	 */
	private record Layout(int[] comboOfDoc, int[][] valuesOfCombo, SearchFacet[] facetOfValue, String[] valueNames) {

		static Layout of(LeafReader reader) throws IOException {
			SearchFacet[] facets = SearchFacet.values();
			SortedSetDocValues[] docValues = new SortedSetDocValues[facets.length];
			int[] firstValue = new int[facets.length + 1];
			for (SearchFacet facet : facets) {
				docValues[facet.ordinal()] = DocValues.getSortedSet(reader, facet.field());
				firstValue[facet.ordinal() + 1] = firstValue[facet.ordinal()]
						+ (int) docValues[facet.ordinal()].getValueCount();
			}
			SearchFacet[] facetOfValue = new SearchFacet[firstValue[facets.length]];
			String[] valueNames = new String[facetOfValue.length];
			for (SearchFacet facet : facets) {
				for (int ord = 0; ord < docValues[facet.ordinal()].getValueCount(); ord++) {
					facetOfValue[firstValue[facet.ordinal()] + ord] = facet;
					valueNames[firstValue[facet.ordinal()] + ord] = docValues[facet.ordinal()].lookupOrd(ord).utf8ToString();
				}
			}
			int[] comboOfDoc = new int[reader.maxDoc()];
			Map<List<Integer>, Integer> combos = new HashMap<>();
			List<int[]> valuesOfCombo = new ArrayList<>();
			List<Integer> values = new ArrayList<>();
			for (int doc = 0; doc < comboOfDoc.length; doc++) {
				values.clear();
				for (SearchFacet facet : facets) {
					SortedSetDocValues facetValues = docValues[facet.ordinal()];
					if (facetValues.advanceExact(doc)) {
						for (int i = 0; i < facetValues.docValueCount(); i++) {
							values.add(firstValue[facet.ordinal()] + (int) facetValues.nextOrd());
						}
					}
				}
				Integer combo = combos.get(values);
				if (combo == null) {
					combo = valuesOfCombo.size();
					combos.put(List.copyOf(values), combo);
					valuesOfCombo.add(values.stream().mapToInt(Integer::intValue).toArray());
				}
				comboOfDoc[doc] = combo;
			}
			return new Layout(comboOfDoc, valuesOfCombo.toArray(new int[0][]), facetOfValue, valueNames);
		}

	}

}
