package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.IOFunction;

/**
 * A value computed from a segment once, not per search, and dropped when the segment closes. Why by segment core:
 * a segment's postings, norms and doc values never change, so what is derived from them holds as long as it is open.
 */
final class SegmentCache<T> {

	private final Map<IndexReader.CacheKey, T> values = new ConcurrentHashMap<>();

	private final IOFunction<LeafReader, T> compute;

	SegmentCache(IOFunction<LeafReader, T> compute) {
		this.compute = compute;
	}

	/** The value of the segment, computed now if it has none yet (or cannot be cached). */
	T get(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return this.compute.apply(reader);
		}
		T value = this.values.get(helper.getKey());
		if (value == null) {
			value = this.compute.apply(reader);
			T raced = this.values.putIfAbsent(helper.getKey(), value);
			if (raced == null) {
				helper.addClosedListener(this.values::remove);
			}
			else {
				value = raced;
			}
		}
		return value;
	}

}
