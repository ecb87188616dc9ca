package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.international.InternationalPractice;
import nl.onderwijsgraaf.problem.Problem;
import nl.onderwijsgraaf.programme.Goal;
import nl.onderwijsgraaf.programme.Programme;
import nl.onderwijsgraaf.stakeholder.Involvement;
import nl.onderwijsgraaf.stakeholder.Stakeholder;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InterventionController {

	private final NodeReader reader;

	InterventionController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Intervention intervention(@Argument String id, @Argument String key) {
		return this.reader.lookup(Intervention.class, id, key);
	}

	@QueryMapping
	Connection<Intervention> interventions(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return this.reader.page(Intervention.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before));
	}

	@BatchMapping
	Map<Intervention, List<Problem>> problems(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:ADDRESSES]->", Problem.class);
	}

	@BatchMapping
	Map<Intervention, List<Evidence>> evidence(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:SUPPORTED_BY]->", Evidence.class);
	}

	@BatchMapping
	Map<Intervention, List<Involvement>> stakeholders(List<Intervention> interventions) {
		return this.reader.relatedEdges(interventions, "<-[r:INVOLVED_IN]-", Stakeholder.class, Involvement::of);
	}

	@BatchMapping
	Map<Intervention, List<Programme>> programmes(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:PART_OF]->", Programme.class);
	}

	@BatchMapping
	Map<Intervention, List<Goal>> goals(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:SERVES]->", Goal.class);
	}

	@BatchMapping
	Map<Intervention, List<Sector>> sectors(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:FOR_SECTOR]->", Sector.class);
	}

	@BatchMapping
	Map<Intervention, List<TargetGroup>> targetGroups(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:FOR_GROUP]->", TargetGroup.class);
	}

	@BatchMapping
	Map<Intervention, List<Place>> places(List<Intervention> interventions) {
		return this.reader.related(interventions, "-[r:IN_PLACE]->", Place.class);
	}

	@BatchMapping
	Map<Intervention, Intervention> partOf(List<Intervention> interventions) {
		return NodeReader.first(this.reader.related(interventions, "-[r:PART_OF]->", Intervention.class));
	}

	@BatchMapping
	Map<Intervention, List<Intervention>> subMeasures(List<Intervention> interventions) {
		return this.reader.related(interventions, "<-[r:PART_OF]-", Intervention.class);
	}

	@BatchMapping
	Map<Intervention, List<InternationalPractice>> parallels(List<Intervention> interventions) {
		return this.reader.related(interventions, "<-[r:PARALLEL_TO]-", InternationalPractice.class);
	}

}
