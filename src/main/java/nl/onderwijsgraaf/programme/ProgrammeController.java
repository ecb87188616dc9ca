package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.evidence.Evidence;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProgrammeController {

	private final NodeReader reader;

	ProgrammeController(NodeReader reader) {
		this.reader = reader;
	}

	@BatchMapping
	Map<Programme, List<Evidence>> budget(List<Programme> programmes) {
		Map<Programme, List<Evidence>> documenting = this.reader.related(programmes, "<-[r:DOCUMENTS]-", Evidence.class);
		documenting.replaceAll((programme, evidence) -> evidence.stream().filter((e) -> "BUDGET".equals(e.kind())).toList());
		return documenting;
	}

	@QueryMapping
	List<ProgrammeBudget> programmeBudgets(@Argument Map<String, Object> where) {
		List<Programme> selected = this.reader.all(Programme.class, new ListQuery(where, null));
		Map<Programme, List<Evidence>> figures = budget(selected);
		return selected.stream()
			.filter((programme) -> !figures.get(programme).isEmpty())
			.map((programme) -> ProgrammeBudget.of(programme, figures.get(programme)))
			.toList();
	}

}
