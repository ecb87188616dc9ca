package nl.onderwijsgraaf.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static nl.onderwijsgraaf.search.OwnWordBonusQueryTest.scores;
import static org.assertj.core.api.Assertions.assertThat;

/** A static feature's scores read from the per-segment array are the feature query's own, to the bit. */
class StaticScoreQueryTest {

	@Test
	void scoresExactlyAsTheWrappedFeatureQuery() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				add(writer, "one", "leraar school", 1);
				add(writer, "four", "leraar", 4);
				add(writer, "none", "leraar", 0);
				writer.commit(); // why two segments: each has its own array
				add(writer, "seven", "leraar docent", 7);
				add(writer, "other", "school", 30);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query links = FeatureField.newLogQuery("features", "links", 0.5f, 1f);
				Map<String, Float> expected = scores(searcher, ranked(links));
				Map<String, Float> actual = scores(searcher, ranked(new StaticScoreQuery(links)));
				assertThat(actual).isEqualTo(expected).containsOnlyKeys("one", "four", "none", "seven");
				assertThat(actual.get("seven")).isGreaterThan(actual.get("four"));
				// the second search reads the arrays built by the first
				assertThat(scores(searcher, ranked(new StaticScoreQuery(links)))).isEqualTo(expected);
			}
		}
	}

	/** The feature beside a required word, as the search ranks with it. */
	private static Query ranked(Query feature) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term("text", "leraar")), Occur.MUST)
			.add(feature, Occur.SHOULD)
			.build();
	}

	private static void add(IndexWriter writer, String key, String text, int links) throws IOException {
		Document doc = new Document();
		doc.add(new StringField("key", key, Field.Store.YES));
		doc.add(new TextField("text", text, Field.Store.NO));
		if (links > 0) {
			doc.add(new FeatureField("features", "links", links));
		}
		writer.addDocument(doc);
	}

}
