package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.intervention.Sector;
import nl.onderwijsgraaf.problem.Problem;
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
			@Argument Integer first, @Argument String after) {
		return this.reader.page(Programme.class, new ListQuery(where, orderBy), Paging.of(first, after));
	}

	@BatchMapping
	Map<Programme, List<Programme>> partOf(List<Programme> programmes) {
		return this.reader.related(programmes, "-[r:PART_OF]->", Programme.class);
	}

	@BatchMapping
	Map<Programme, List<Programme>> parts(List<Programme> programmes) {
		return this.reader.related(programmes, "<-[r:PART_OF]-", Programme.class);
	}

	@BatchMapping
	Map<Programme, List<Involvement>> stakeholders(List<Programme> programmes) {
		return this.reader.relatedEdges(programmes, "<-[r:INVOLVED_IN]-", Stakeholder.class, Involvement::of);
	}

	@BatchMapping
	Map<Programme, List<Problem>> problems(List<Programme> programmes) {
		return this.reader.related(programmes, "-[r:ADDRESSES]->", Problem.class);
	}

	@BatchMapping
	Map<Programme, List<Goal>> goals(List<Programme> programmes) {
		return this.reader.related(programmes, "-[r:HAS_GOAL]->", Goal.class);
	}

	@BatchMapping
	Map<Programme, List<Sector>> sectors(List<Programme> programmes) {
		return this.reader.related(programmes, "-[r:FOR_SECTOR]->", Sector.class);
	}

	@BatchMapping
	Map<Programme, List<Intervention>> interventions(List<Programme> programmes) {
		return this.reader.related(programmes, "<-[r:PART_OF]-", Intervention.class);
	}

	@BatchMapping
	Map<Programme, List<Evidence>> budget(List<Programme> programmes) {
		return this.reader.related(programmes, "<-[r:DOCUMENTS]-", Evidence.class)
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(e) -> e.getValue().stream().filter((ev) -> "BUDGET".equals(ev.kind())).toList()));
	}

	@BatchMapping
	Map<Programme, List<Evidence>> evidence(List<Programme> programmes) {
		return this.reader.related(programmes, "-[r:SUPPORTED_BY]->", Evidence.class);
	}

	@BatchMapping
	Map<Programme, List<TimelineEvent>> events(List<Programme> programmes) {
		return this.reader.related(programmes, "<-[r:CONCERNS]-", TimelineEvent.class);
	}

}
