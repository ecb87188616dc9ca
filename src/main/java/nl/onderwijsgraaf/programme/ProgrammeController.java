package nl.onderwijsgraaf.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.stakeholder.Involvement;
import nl.onderwijsgraaf.stakeholder.Stakeholder;
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

	@QueryMapping
	Programme programme(@Argument String id, @Argument String key) {
		return this.reader.lookup(Programme.class, id, key);
	}

	@QueryMapping
	Connection<Programme> programmes(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return this.reader.page(Programme.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before));
	}

	@BatchMapping
	Map<Programme, List<Involvement>> stakeholders(List<Programme> programmes) {
		return this.reader.relatedEdges(programmes, "<-[r:INVOLVED_IN]-", Stakeholder.class, Involvement::of);
	}

	@BatchMapping
	Map<Programme, List<Evidence>> budget(List<Programme> programmes) {
		Map<Programme, List<Evidence>> documenting = this.reader.related(programmes, "<-[r:DOCUMENTS]-", Evidence.class);
		documenting.replaceAll((programme, evidence) -> evidence.stream().filter((e) -> "BUDGET".equals(e.kind())).toList());
		return documenting;
	}

	@BatchMapping
	Map<Programme, List<RoleGroup>> stakeholdersByRole(List<Programme> programmes) {
		Map<Programme, List<RoleGroup>> result = new HashMap<>();
		stakeholders(programmes).forEach((programme, involvements) -> result.put(programme, involvements.stream()
			.collect(Collectors.groupingBy(Involvement::role, TreeMap::new,
					Collectors.mapping(Involvement::stakeholder, Collectors.toList())))
			.entrySet()
			.stream()
			.map((group) -> new RoleGroup(group.getKey(), group.getValue()))
			.toList()));
		return result;
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
