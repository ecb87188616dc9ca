package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisiPriorityQueue;
import org.apache.lucene.search.DisiWrapper;
import org.apache.lucene.search.DisjunctionDISIApproximation;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A concept's words in one field scored as one word, as a {@link SynonymQuery} scores them (BM25F over the summed
 * frequencies, with the synonym statistics: the largest document frequency, the summed total frequency), plus a fixed
 * bonus where one of the {@code own} terms, not only a {@code linked} one, is in the document. Why one query, not a
 * {@code SynonymQuery} of all terms beside a constant-score one of the own terms: that read the own terms' postings
 * twice, and a concept of a common word with its synonyms has long lists (over 100,000 generated documents the
 * second read raised the index part's p99 by about a third).
 */
final class OwnWordBonusQuery extends Query {

	private final String field;

	private final Term[] own;

	private final Term[] linked;

	private final float bonus;

	OwnWordBonusQuery(String field, List<Term> own, List<Term> linked, float bonus) {
		this.field = field;
		this.own = own.toArray(Term[]::new);
		this.linked = linked.toArray(Term[]::new);
		this.bonus = bonus;
		if (this.own.length + this.linked.length > IndexSearcher.getMaxClauseCount()) {
			throw new IndexSearcher.TooManyClauses();
		}
	}

	private Term[] terms() {
		Term[] all = Arrays.copyOf(this.own, this.own.length + this.linked.length);
		System.arraycopy(this.linked, 0, all, this.own.length, this.linked.length);
		return all;
	}

	private SynonymQuery synonyms() {
		SynonymQuery.Builder synonyms = new SynonymQuery.Builder(this.field);
		Arrays.stream(terms()).forEach(synonyms::addTerm);
		return synonyms.build();
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		if (!scoreMode.needsScores()) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			Arrays.stream(terms()).forEach((term) -> any.add(new TermQuery(term), Occur.SHOULD));
			return searcher.rewrite(any.build()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, boost);
		}
		return new OwnWordBonusWeight(searcher, boost);
	}

	private final class OwnWordBonusWeight extends Weight {

		private final IndexSearcher searcher;

		private final Term[] terms = terms();

		private final TermStates[] states = new TermStates[this.terms.length];

		/** Null when none of the terms is in the index. */
		private final Similarity.SimScorer similarity;

		private final float added;

		OwnWordBonusWeight(IndexSearcher searcher, float boost) throws IOException {
			super(OwnWordBonusQuery.this);
			this.searcher = searcher;
			this.added = OwnWordBonusQuery.this.bonus * boost;
			CollectionStatistics collection = searcher.collectionStatistics(OwnWordBonusQuery.this.field);
			long docFreq = 0, totalTermFreq = 0;
			for (int i = 0; i < this.terms.length; i++) {
				this.states[i] = TermStates.build(searcher, this.terms[i], true);
				if (this.states[i].docFreq() > 0) {
					TermStatistics stats = searcher.termStatistics(this.terms[i], this.states[i].docFreq(),
							this.states[i].totalTermFreq());
					docFreq = Math.max(stats.docFreq(), docFreq);
					totalTermFreq += stats.totalTermFreq();
				}
			}
			this.similarity = (docFreq > 0) ? searcher.getSimilarity().scorer(boost, collection,
					new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq)) : null;
		}

		@Override
		public Scorer scorer(LeafReaderContext context) throws IOException {
			if (this.similarity == null) {
				return null;
			}
			// Why without norms: the term scorers only walk the postings; the scorer below scores their summed freq.
			LeafSimScorer unscored = new LeafSimScorer(this.similarity, context.reader(), OwnWordBonusQuery.this.field,
					false);
			List<Posting> postings = new ArrayList<>();
			for (int i = 0; i < this.terms.length; i++) {
				TermState state = this.states[i].get(context);
				if (state != null) {
					TermsEnum terms = context.reader().terms(OwnWordBonusQuery.this.field).iterator();
					terms.seekExact(this.terms[i].bytes(), state);
					PostingsEnum posting = terms.postings(null, PostingsEnum.FREQS);
					postings.add(new Posting(new TermScorer(this, posting, unscored), posting,
							i < OwnWordBonusQuery.this.own.length));
				}
			}
			if (postings.isEmpty()) {
				return null;
			}
			DisiPriorityQueue queue = new DisiPriorityQueue(postings.size());
			postings.forEach(queue::add);
			return new OwnWordBonusScorer(this, queue, this.similarity, norms(context.reader(), OwnWordBonusQuery.this.field),
					this.added);
		}

		@Override
		public Explanation explain(LeafReaderContext context, int doc) throws IOException {
			Scorer scorer = scorer(context);
			if (scorer == null || scorer.iterator().advance(doc) != doc) {
				return Explanation.noMatch("no matching term");
			}
			OwnWordBonusScorer words = (OwnWordBonusScorer) scorer;
			float termFreq = words.freq();
			Explanation freq = Explanation.match(termFreq, "termFreq=" + termFreq);
			Explanation score = new LeafSimScorer(this.similarity, context.reader(), OwnWordBonusQuery.this.field, true)
				.explain(doc, freq);
			float added = words.own ? this.added : 0f;
			return Explanation.match(score.getValue().floatValue() + added, "sum of:", score,
					Explanation.match(added, "bonus for an own word"));
		}

		/** Why the synonym query's matches: the same terms; only the score differs. */
		@Override
		public Matches matches(LeafReaderContext context, int doc) throws IOException {
			return this.searcher.createWeight(this.searcher.rewrite(synonyms()), ScoreMode.COMPLETE_NO_SCORES, 1f)
				.matches(context, doc);
		}

		@Override
		public boolean isCacheable(LeafReaderContext context) {
			return true;
		}

	}

	/** One term's postings in the queue, and whether it is an own term. */
	private static final class Posting extends DisiWrapper {

		final PostingsEnum postings;

		final boolean own;

		Posting(Scorer scorer, PostingsEnum postings, boolean own) {
			super(scorer);
			this.postings = postings;
			this.own = own;
		}

	}

	private static final class OwnWordBonusScorer extends Scorer {

		private final DisiPriorityQueue queue;

		private final DocIdSetIterator iterator;

		private final Similarity.SimScorer similarity;

		/** The segment's norms of the field by document, null when the field has none (then 1, as Lucene reads it). */
		private final long[] norms;

		private final float added;

		OwnWordBonusScorer(Weight weight, DisiPriorityQueue queue, Similarity.SimScorer similarity, long[] norms,
				float added) {
			super(weight);
			this.queue = queue;
			this.iterator = new DisjunctionDISIApproximation(queue);
			this.similarity = similarity;
			this.norms = norms;
			this.added = added;
		}

		/** Whether an own term was among the terms of the last {@link #freq()}. */
		private boolean own;

		/**
		 * The summed frequency of the terms in the current document. Why whether an own term is among them in the same
		 * walk: each walk gathers the terms on the document from the queue anew.
		 */
		float freq() throws IOException {
			float freq = 0;
			boolean own = false;
			for (DisiWrapper w = this.queue.topList(); w != null; w = w.next) {
				Posting posting = (Posting) w;
				freq += posting.postings.freq();
				own |= posting.own;
			}
			this.own = own;
			return freq;
		}

		@Override
		public float score() throws IOException {
			// Why the norms from an array: a search of a common word scores most documents once per concept, and reading
			// the norm through the segment's doc values was a twentieth of the whole search (JFR, 100,000 documents).
			float freq = freq();
			float score = this.similarity.score(freq, (this.norms == null) ? 1L : this.norms[this.iterator.docID()]);
			return this.own ? score + this.added : score;
		}

		@Override
		public int docID() {
			return this.iterator.docID();
		}

		@Override
		public DocIdSetIterator iterator() {
			return this.iterator;
		}

		/** The score of the highest frequency in the shortest text, plus the bonus. */
		@Override
		public float getMaxScore(int upTo) {
			return this.similarity.score(Float.MAX_VALUE, 1L) + this.added;
		}

	}

	/** The norms of each field, per segment: see {@link OwnWordBonusScorer#score()}. */
	private static final Map<String, SegmentCache<long[]>> NORMS = new ConcurrentHashMap<>();

	/** Reads the norms of the fields in the reader's segments that have none yet, so that no search waits for them. */
	static void prepare(IndexReader reader, String... fields) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			for (String field : fields) {
				norms(leaf.reader(), field);
			}
		}
	}

	/** The segment's norms of the field by document, or null when the field has none. */
	private static long[] norms(LeafReader reader, String field) throws IOException {
		FieldInfo info = reader.getFieldInfos().fieldInfo(field);
		if (info == null || !info.hasNorms()) {
			return null;
		}
		return NORMS.computeIfAbsent(field, (f) -> new SegmentCache<>((segment) -> {
			NumericDocValues values = segment.getNormValues(f);
			long[] norms = new long[segment.maxDoc()];
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				norms[doc] = values.longValue();
			}
			return norms;
		})).get(reader);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(this.field)) {
			visitor.getSubVisitor(Occur.SHOULD, this).consumeTerms(this, terms());
		}
	}

	@Override
	public String toString(String field) {
		return "OwnWordBonus(" + synonyms().toString(field) + " own " + Arrays.toString(this.own) + ")+" + this.bonus;
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.field.equals(((OwnWordBonusQuery) other).field)
				&& Arrays.equals(this.own, ((OwnWordBonusQuery) other).own)
				&& Arrays.equals(this.linked, ((OwnWordBonusQuery) other).linked)
				&& this.bonus == ((OwnWordBonusQuery) other).bonus;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.field, Arrays.hashCode(this.own), Arrays.hashCode(this.linked), this.bonus);
	}

}
