package nl.onderwijsgraaf.read;

import java.util.ArrayList;
import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import nl.onderwijsgraaf.model.RelationshipField;
import nl.onderwijsgraaf.stakeholder.Involvement;
import nl.onderwijsgraaf.stakeholder.Stakeholder;
import nl.onderwijsgraaf.stakeholder.StakeholderTie;
import org.neo4j.driver.types.MapAccessor;

/**
 * The relationship fields the read compiler loads, derived from the model: every field a GraphQL type reads through
 * one relationship type, with the node at the other end as item, or an edge object whose items the compiler builds
 * (an {@code Involvement}, or a {@code StakeholderTie}, read in both directions with both its ends), and for each list
 * of nodes (of one kind or several) or of edges its {@code <field>Connection} that pages it. Fields the model leaves
 * to custom logic (ratings, related interventions, budgets) keep their batch loaders.
 */
final class RelationFields {

	private static final String INVOLVEMENT = "Involvement";

	private static final String TIE = "StakeholderTie";

	private RelationFields() {
	}

	static List<RelationField> of(GraphModel model, GraphTypes types) {
		List<RelationField> fields = new ArrayList<>();
		for (NodeKind kind : model.kinds()) {
			for (RelationshipField field : model.fields(kind.label()).values()) {
				RelationField relation = relation(field, types);
				if (relation != null) {
					fields.add(relation);
				}
				if (relation != null && model.paged(field)) {
					fields.add(relation.paged(GraphModel.connectionField(field.field())));
				}
			}
		}
		return fields;
	}

	private static RelationField relation(RelationshipField field, GraphTypes types) {
		Class<? extends GraphNode> target = (field.target() != null) ? types.forLabel(field.target()) : GraphNode.class;
		if (!field.read() || target == null) {
			return null;
		}
		String pattern = "(s)" + field.pattern() + ((field.target() != null) ? "(t:" + field.target() + ")" : "(t)");
		if (field.edgeType() == null) {
			RelationField relation = RelationField.nodes(field.owner(), field.field(), pattern, target);
			relation = field.one() ? relation.one() : relation;
			return (field.direction() == RelationshipField.Direction.BOTH) ? relation.once() : relation;
		}
		if (field.edgeType().equals(TIE)) {
			return RelationField.ties(field.owner(), field.field(), pattern, target, "from", "to", StakeholderTie::of);
		}
		if (!field.edgeType().equals(INVOLVEMENT)) {
			return null;
		}
		// the stakeholder's side reads what it is involved in; the other side reads who is involved
		return (field.direction() == RelationshipField.Direction.OUT)
				? RelationField.edges(field.owner(), field.field(), pattern, target, "target", "stakeholder",
						(Stakeholder stakeholder, GraphNode involvedIn, MapAccessor r) -> Involvement.of(involvedIn,
								stakeholder, r))
				: RelationField.edges(field.owner(), field.field(), pattern, target, "stakeholder", "target",
						(GraphNode involvedIn, GraphNode stakeholder, MapAccessor r) -> Involvement.of(involvedIn,
								(Stakeholder) stakeholder, r));
	}

}
