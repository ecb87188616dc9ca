package nl.onderwijsgraaf.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.international.InternationalPractice;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.intervention.Sector;
import nl.onderwijsgraaf.intervention.TargetGroup;
import nl.onderwijsgraaf.programme.Goal;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProblemController {

	private final NodeReader reader;

	ProblemController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Problem problem(@Argument String id, @Argument String key) {
		return this.reader.lookup(Problem.class, id, key);
	}

	@QueryMapping
	Connection<Problem> problems(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return this.reader.page(Problem.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before));
	}

	@BatchMapping
	Map<Problem, List<Intervention>> interventions(List<Problem> problems) {
		return this.reader.related(problems, "<-[r:ADDRESSES]-", Intervention.class);
	}

	@BatchMapping
	Map<Problem, List<Evidence>> evidence(List<Problem> problems) {
		return this.reader.related(problems, "<-[r:DOCUMENTS]-", Evidence.class);
	}

	/** RELATED_TO is read in both directions, so a pair linked from both ends is still one related problem. */
	@BatchMapping
	Map<Problem, List<Problem>> related(List<Problem> problems) {
		Map<Problem, List<Problem>> related = this.reader.related(problems, "-[r:RELATED_TO]-", Problem.class);
		related.replaceAll((problem, list) -> List.copyOf(list.stream()
			.collect(java.util.stream.Collectors.toMap(Problem::key, (p) -> p, (a, b) -> a, LinkedHashMap::new))
			.values()));
		return related;
	}

	@BatchMapping
	Map<Problem, List<Goal>> themes(List<Problem> problems) {
		return this.reader.related(problems, "-[r:IN_THEME]->", Goal.class);
	}

	@BatchMapping
	Map<Problem, List<Sector>> sectors(List<Problem> problems) {
		return this.reader.related(problems, "-[r:FOR_SECTOR]->", Sector.class);
	}

	@BatchMapping
	Map<Problem, List<TargetGroup>> targetGroups(List<Problem> problems) {
		return this.reader.related(problems, "-[r:FOR_GROUP]->", TargetGroup.class);
	}

	@BatchMapping
	Map<Problem, List<InternationalPractice>> practices(List<Problem> problems) {
		return this.reader.related(problems, "<-[r:BEARS_ON]-", InternationalPractice.class);
	}

}
