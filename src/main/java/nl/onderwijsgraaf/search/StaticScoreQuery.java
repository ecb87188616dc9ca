package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query whose score depends on the document alone, such as a {@code FeatureField} query of a static feature, with
 * each segment's scores computed once by that query and read from an array. Why: the links feature ranks beside
 * every search, and most documents are hits of a common word; advancing its postings and decoding its impacts for
 * each hit was about a twentieth of a search over 100,000 documents (JFR). The scores are the wrapped query's own, so
 * they are the same to the bit. Not for a query whose score depends on index statistics (BM25): those change with
 * the other segments.
 */
final class StaticScoreQuery extends Query {

	/** The scores of one segment by document, and which documents match. */
	private record Scores(float[] scores, FixedBitSet matches, int count, float max) {
	}

	/** Per wrapped query and boost, the scores of each open segment. */
	private static final Map<List<Object>, SegmentCache<Scores>> SCORES = new ConcurrentHashMap<>();

	private final Query query;

	StaticScoreQuery(Query query) {
		this.query = query;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		if (!scoreMode.needsScores()) {
			return this.query.createWeight(searcher, scoreMode, boost);
		}
		SegmentCache<Scores> segments = SCORES.computeIfAbsent(List.of(this.query, boost),
				(key) -> new SegmentCache<>((reader) -> scores(reader, boost)));
		return new Weight(this) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Scores scores = segments.get(context.reader());
				if (scores.count() == 0) {
					return null;
				}
				DocIdSetIterator iterator = new BitSetIterator(scores.matches(), scores.count());
				return new Scorer(this) {

					@Override
					public float score() {
						return scores.scores()[iterator.docID()];
					}

					@Override
					public int docID() {
						return iterator.docID();
					}

					@Override
					public DocIdSetIterator iterator() {
						return iterator;
					}

					@Override
					public float getMaxScore(int upTo) {
						return scores.max();
					}
				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Scores scores = segments.get(context.reader());
				return scores.matches().get(doc)
						? Explanation.match(scores.scores()[doc], "static score of " + StaticScoreQuery.this.query)
						: Explanation.noMatch("no static score");
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return true;
			}
		};
	}

	/** The wrapped query's score of each document of the segment, by the query alone over that segment. */
	private Scores scores(LeafReader reader, float boost) throws IOException {
		IndexSearcher segment = new IndexSearcher(reader);
		Weight weight = segment.createWeight(segment.rewrite(this.query), ScoreMode.COMPLETE, boost);
		float[] scores = new float[reader.maxDoc()];
		FixedBitSet matches = new FixedBitSet(reader.maxDoc());
		float max = 0;
		int count = 0;
		Scorer scorer = weight.scorer(segment.getIndexReader().leaves().get(0));
		if (scorer != null) {
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				scores[doc] = scorer.score();
				matches.set(doc);
				count++;
				max = Math.max(max, scores[doc]);
			}
		}
		return new Scores(scores, matches, count, max);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.query.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "static(" + this.query.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.query.equals(((StaticScoreQuery) other).query);
	}

	@Override
	public int hashCode() {
		return 31 * classHash() + this.query.hashCode();
	}

}
