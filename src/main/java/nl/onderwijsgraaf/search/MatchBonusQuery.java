package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query's score plus a fixed bonus for every document it matches: coordination without a second clause. Why not
 * a {@code ConstantScoreQuery} of the same query beside it: that reads every posting list of the query twice, and a
 * concept of a common word with its synonyms has long lists.
 */
final class MatchBonusQuery extends Query {

	private final Query query;

	private final float bonus;

	MatchBonusQuery(Query query, float bonus) {
		this.query = query;
		this.bonus = bonus;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.query.rewrite(searcher);
		return (rewritten == this.query) ? this : new MatchBonusQuery(rewritten, this.bonus);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight inner = this.query.createWeight(searcher, scoreMode, boost);
		if (!scoreMode.needsScores()) {
			return inner;
		}
		float added = this.bonus * boost;
		return new FilterWeight(this, inner) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Scorer scorer = this.in.scorer(context);
				return (scorer == null) ? null : new FilterScorer(scorer, this) {

					@Override
					public float score() throws IOException {
						return this.in.score() + added;
					}

					@Override
					public float getMaxScore(int upTo) throws IOException {
						return this.in.getMaxScore(upTo) + added;
					}

					@Override
					public int advanceShallow(int target) throws IOException {
						return this.in.advanceShallow(target);
					}

					@Override
					public void setMinCompetitiveScore(float minScore) throws IOException {
						this.in.setMinCompetitiveScore(Math.max(0f, minScore - added));
					}
				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Explanation explanation = this.in.explain(context, doc);
				return explanation.isMatch()
						? Explanation.match(explanation.getValue().floatValue() + added, "sum of:", explanation,
								Explanation.match(added, "bonus for matching"))
						: explanation;
			}
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.query.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "(" + this.query.toString(field) + ")+" + this.bonus;
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.query.equals(((MatchBonusQuery) other).query)
				&& this.bonus == ((MatchBonusQuery) other).bonus;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.query, this.bonus);
	}

}
