package nl.onderwijsgraaf.read;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.international.InternationalPractice;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.intervention.Place;
import nl.onderwijsgraaf.intervention.Sector;
import nl.onderwijsgraaf.intervention.TargetGroup;
import nl.onderwijsgraaf.problem.Problem;
import nl.onderwijsgraaf.programme.Goal;
import nl.onderwijsgraaf.programme.Programme;
import nl.onderwijsgraaf.programme.TimelineEvent;
import nl.onderwijsgraaf.stakeholder.Involvement;
import nl.onderwijsgraaf.stakeholder.Stakeholder;
import org.neo4j.driver.types.MapAccessor;

/**
 * The relationship fields the read compiler loads, as the controllers' batch loaders read them (the same patterns,
 * the same retired rule and order). To be derived from the shared model of issue 14 once it is merged; until then
 * this table and the controllers must agree (ReadCompilerTest and the API tests check the answers are the same).
 * Fields with logic of their own (ratings, related interventions, budgets, connections in both directions) are
 * not here and keep their batch loaders.
 */
final class RelationFields {

	private RelationFields() {
	}

	static final List<RelationField> ALL = List.of(
			RelationField.nodes("Problem", "interventions", "(s)<-[r:ADDRESSES]-(t:Intervention)", Intervention.class),
			RelationField.nodes("Problem", "evidence", "(s)<-[r:DOCUMENTS]-(t:Evidence)", Evidence.class),
			RelationField.nodes("Problem", "related", "(s)-[r:RELATED_TO]-(t:Problem)", Problem.class).once(),
			RelationField.nodes("Problem", "themes", "(s)-[r:IN_THEME]->(t:Goal)", Goal.class),
			RelationField.nodes("Problem", "sectors", "(s)-[r:FOR_SECTOR]->(t:Sector)", Sector.class),
			RelationField.nodes("Problem", "targetGroups", "(s)-[r:FOR_GROUP]->(t:TargetGroup)", TargetGroup.class),
			RelationField.nodes("Problem", "practices", "(s)<-[r:BEARS_ON]-(t:InternationalPractice)",
					InternationalPractice.class),
			RelationField.nodes("Intervention", "problems", "(s)-[r:ADDRESSES]->(t:Problem)", Problem.class),
			RelationField.nodes("Intervention", "evidence", "(s)-[r:SUPPORTED_BY]->(t:Evidence)", Evidence.class),
			RelationField.edges("Intervention", "stakeholders", "(s)<-[r:INVOLVED_IN]-(t:Stakeholder)",
					Stakeholder.class, "stakeholder",
					(GraphNode intervention, Stakeholder stakeholder, MapAccessor r) -> Involvement.of(intervention, stakeholder, r)),
			RelationField.nodes("Intervention", "programmes", "(s)-[r:PART_OF]->(t:Programme)", Programme.class),
			RelationField.nodes("Intervention", "goals", "(s)-[r:SERVES]->(t:Goal)", Goal.class),
			RelationField.nodes("Intervention", "sectors", "(s)-[r:FOR_SECTOR]->(t:Sector)", Sector.class),
			RelationField.nodes("Intervention", "targetGroups", "(s)-[r:FOR_GROUP]->(t:TargetGroup)", TargetGroup.class),
			RelationField.nodes("Intervention", "places", "(s)-[r:IN_PLACE]->(t:Place)", Place.class),
			RelationField.nodes("Intervention", "partOf", "(s)-[r:PART_OF]->(t:Intervention)", Intervention.class).one(),
			RelationField.nodes("Intervention", "subMeasures", "(s)<-[r:PART_OF]-(t:Intervention)", Intervention.class),
			RelationField.nodes("Intervention", "parallels", "(s)<-[r:PARALLEL_TO]-(t:InternationalPractice)",
					InternationalPractice.class),
			RelationField.nodes("Programme", "partOf", "(s)-[r:PART_OF]->(t:Programme)", Programme.class),
			RelationField.nodes("Programme", "parts", "(s)<-[r:PART_OF]-(t:Programme)", Programme.class),
			RelationField.edges("Programme", "stakeholders", "(s)<-[r:INVOLVED_IN]-(t:Stakeholder)", Stakeholder.class,
					"stakeholder",
					(GraphNode programme, Stakeholder stakeholder, MapAccessor r) -> Involvement.of(programme, stakeholder, r)),
			RelationField.nodes("Programme", "problems", "(s)-[r:ADDRESSES]->(t:Problem)", Problem.class),
			RelationField.nodes("Programme", "goals", "(s)-[r:HAS_GOAL]->(t:Goal)", Goal.class),
			RelationField.nodes("Programme", "sectors", "(s)-[r:FOR_SECTOR]->(t:Sector)", Sector.class),
			RelationField.nodes("Programme", "interventions", "(s)<-[r:PART_OF]-(t:Intervention)", Intervention.class),
			RelationField.nodes("Programme", "evidence", "(s)-[r:SUPPORTED_BY]->(t:Evidence)", Evidence.class),
			RelationField.nodes("Programme", "events", "(s)<-[r:CONCERNS]-(t:TimelineEvent)", TimelineEvent.class),
			RelationField.nodes("Stakeholder", "places", "(s)-[r:IN_PLACE]->(t:Place)", Place.class),
			RelationField.nodes("Stakeholder", "partOf", "(s)-[r:PART_OF]->(t:Stakeholder)", Stakeholder.class),
			RelationField.nodes("Stakeholder", "parts", "(s)<-[r:PART_OF]-(t:Stakeholder)", Stakeholder.class),
			RelationField.edges("Stakeholder", "involvements", "(s)-[r:INVOLVED_IN]->(t)", GraphNode.class, "target",
					(Stakeholder stakeholder, GraphNode target, MapAccessor r) -> Involvement.of(target, stakeholder, r)));

}
