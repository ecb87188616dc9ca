package nl.onderwijsgraaf.search;

import java.util.List;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Search indexes what the model marks searchable: its kinds, and the text of its searchable properties. */
class SearchModelTest {

	@Test
	void searchCoversTheKindsTheModelMarksSearchable() {
		assertThat(SearchKind.labels()).containsExactlyInAnyOrderElementsOf(
				GraphModel.graph().kinds().stream().filter(NodeKind::searchable).map(NodeKind::label).toList());
	}

	@Test
	void theSearchDocumentReadsEverySearchableProperty() {
		List<String> unread = GraphModel.graph()
			.kinds()
			.stream()
			.filter(NodeKind::searchable)
			.flatMap((kind) -> kind.searchProperties().stream().map((p) -> kind.label() + "." + p.name()))
			.filter((name) -> !Pattern.compile("\\bn\\." + name.substring(name.indexOf('.') + 1) + "\\b")
				.matcher(SearchIndex.PROJECTION)
				.find())
			.toList();
		assertThat(unread).isEmpty();
	}

}
