package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The one-pass query scores as the two clauses it replaced: a synonym query of the own and marked words, plus a
 * constant bonus where an own word is present.
 */
class OwnWordBonusQueryTest {

	private static final float BONUS = 2.5f;

	@Test
	void scoresAsSynonymsPlusAConstantBonusForOwnWords() throws IOException {
		// why two segments: the query must find its terms in each
		try (Directory directory = twoSegments(List.of("own", "leraar school leraar", "linked", "~leraar school", "both",
				"docent ~leraar lange tekst over iets anders", "none", "school"), List.of("later", "~docent"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<Term> own = List.of(new Term("all", "leraar"), new Term("all", "docent"));
			List<Term> linked = List.of(new Term("all", "~leraar"), new Term("all", "~docent"));
			SynonymQuery.Builder all = new SynonymQuery.Builder("all");
			own.forEach(all::addTerm);
			linked.forEach(all::addTerm);
			SynonymQuery.Builder ownOnly = new SynonymQuery.Builder("all");
			own.forEach(ownOnly::addTerm);
			Query twoClauses = new BooleanQuery.Builder().add(all.build(), Occur.MUST)
				.add(new BoostQuery(new ConstantScoreQuery(ownOnly.build()), BONUS), Occur.SHOULD)
				.build();
			Map<String, Float> expected = scores(searcher, new BoostQuery(twoClauses, 0.5f));
			Map<String, Float> actual = scores(searcher, new BoostQuery(new OwnWordBonusQuery("all", own, linked, BONUS), 0.5f));
			assertThat(actual.keySet()).containsExactlyInAnyOrder("own", "linked", "both", "later");
			expected.forEach((key, score) -> assertThat(actual.get(key)).as(key).isCloseTo(score, within(1e-5f)));
			assertThat(actual.get("own") - scores(searcher, new BoostQuery(all.build(), 0.5f)).get("own"))
				.isCloseTo(BONUS * 0.5f, within(1e-5f));
			assertThat(actual.get("linked")).isEqualTo(scores(searcher, new BoostQuery(all.build(), 0.5f)).get("linked"));
		}
	}

	/** Why exactly: the naming fields' clause of a concept is this query, where a SynonymQuery was before. */
	@Test
	void withoutLinkedWordsOrBonusScoresExactlyAsASynonymQuery() throws IOException {
		// why two segments: each has its own norms
		try (Directory directory = twoSegments(List.of("one", "leraar school leraar", "two",
				"docent leraar lange tekst over iets anders", "three", "school"), List.of("four", "docent", "five",
						"een docent en nog een docent in een langere tekst"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (List<Term> terms : List.of(List.of(new Term("all", "docent")),
					List.of(new Term("all", "leraar"), new Term("all", "docent")))) {
				SynonymQuery.Builder synonyms = new SynonymQuery.Builder("all");
				terms.forEach(synonyms::addTerm);
				Map<String, Float> expected = scores(searcher, new BoostQuery(synonyms.build(), 2f));
				Map<String, Float> actual = scores(searcher,
						new BoostQuery(new OwnWordBonusQuery("all", terms, List.of(), 0f), 2f));
				assertThat(actual).as(terms.toString()).isEqualTo(expected).isNotEmpty();
			}
		}
	}

	/** An index of two segments of documents, each given as its key and then its text. */
	private static Directory twoSegments(List<String> first, List<String> second) throws IOException {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (List<String> segment : List.of(first, second)) {
				for (int i = 0; i < segment.size(); i += 2) {
					Document doc = new Document();
					doc.add(new StringField("key", segment.get(i), Field.Store.YES));
					doc.add(new TextField("all", segment.get(i + 1), Field.Store.NO));
					writer.addDocument(doc);
				}
				writer.commit();
			}
		}
		return directory;
	}

	/** The score of each hit by its stored key. */
	static Map<String, Float> scores(IndexSearcher searcher, Query query) throws IOException {
		Map<String, Float> scores = new HashMap<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			scores.put(searcher.storedFields().document(hit.doc).get("key"), hit.score);
		}
		return scores;
	}

}
