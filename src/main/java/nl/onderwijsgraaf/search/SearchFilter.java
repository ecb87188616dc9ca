package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.NodeKeys;
import nl.onderwijsgraaf.problem.Problem;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Graph conditions a search is narrowed by, checked in Lucene against the facet values stored with each document.
 * A null or empty list does not narrow; each given list keeps nodes with at least one of its values; all given
 * conditions must hold.
 */
public record SearchFilter(String problem, List<String> sector, List<String> targetGroup, List<String> doelgebied,
		List<String> statusIn, List<String> status, List<String> source, Integer minEvidenceStrength,
		Integer minEvidenceLevel) {

	static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null);

	private static final Pattern DOELGEBIED_CODE = Pattern.compile("[A-F]");

	/**
	 * Adds the conditions to {@code query} as filter clauses; rejects values that can never match, naming the values
	 * the index holds ({@code sector: ["PO"]}: use one of po, vo…).
	 */
	void addTo(BooleanQuery.Builder query, IndexReader reader) {
		List<Query> clauses = new ArrayList<>();
		if (this.problem != null) {
			String key = NodeKeys.keyOf("where.problem", this.problem, Problem.class);
			clauses.add((key != null) ? new TermQuery(new Term(SearchIndex.PROBLEM, key)) : new MatchNoDocsQuery());
		}
		if (this.doelgebied != null) {
			this.doelgebied.stream().filter((code) -> !DOELGEBIED_CODE.matcher(code).matches()).findFirst()
				.ifPresent((code) -> {
					throw new InvalidInputException("where.doelgebied",
							"'" + code + "' is not a doelgebied code; use A, B, C, D, E or F");
				});
		}
		checked(reader, "where.sector", SearchFacet.SECTOR, this.sector);
		checked(reader, "where.targetGroup", SearchFacet.TARGET_GROUP, this.targetGroup);
		checked(reader, "where.status", SearchFacet.STATUS, this.status);
		checked(reader, "where.source", SearchFacet.SOURCE, this.source);
		anyOf(clauses, SearchFacet.SECTOR, this.sector);
		anyOf(clauses, SearchFacet.TARGET_GROUP, this.targetGroup);
		anyOf(clauses, SearchFacet.DOELGEBIED, this.doelgebied);
		// the typed list GraphQL has checked against the enum; a status no hit has simply matches none
		anyOf(clauses, SearchFacet.STATUS, this.statusIn);
		anyOf(clauses, SearchFacet.STATUS, this.status);
		anyOf(clauses, SearchFacet.SOURCE, this.source);
		minEvidenceStrength(clauses, "where.minEvidenceStrength", this.minEvidenceStrength);
		minEvidenceStrength(clauses, "where.minEvidenceLevel", this.minEvidenceLevel);
		clauses.forEach((clause) -> query.add(clause, Occur.FILTER));
	}

	private static void minEvidenceStrength(List<Query> clauses, String argument, Integer minimum) {
		if (minimum != null) {
			if (minimum < 0 || minimum > 5) {
				throw new InvalidInputException(argument, "must be between 0 and 5, was " + minimum);
			}
			anyOf(clauses, SearchFacet.EVIDENCE_STRENGTH, IntStream.rangeClosed(minimum, 5).mapToObj(String::valueOf).toList());
		}
	}

	/** Why: a value no node has ("PO" for "po", "running" for "RUNNING") is a mistake, not a question with no answer. */
	private static void checked(IndexReader reader, String argument, SearchFacet facet, List<String> values) {
		if (values == null || values.isEmpty()) {
			return;
		}
		try {
			Set<String> valid = new TreeSet<>();
			Terms terms = MultiTerms.getTerms(reader, facet.field());
			if (terms != null) {
				TermsEnum iterator = terms.iterator();
				for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
					valid.add(term.utf8ToString());
				}
			}
			values.stream().filter((value) -> !valid.contains(value)).findFirst().ifPresent((value) -> {
				throw new InvalidInputException(argument,
						"'" + value + "' is not a value of " + argument + "; use one of: " + String.join(", ", valid));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void anyOf(List<Query> clauses, SearchFacet facet, List<String> values) {
		if (values != null && !values.isEmpty()) {
			clauses.add(new TermInSetQuery(facet.field(), values.stream().map(BytesRef::new).toList()));
		}
	}

}
