package nl.onderwijsgraaf.intervention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.CrossCount;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.NumberSummary;
import nl.onderwijsgraaf.api.ValueCount;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code interventionStats}: interventions counted per dimension, per pair of dimensions, and their rating figures
 * summarised, for dashboards; one query per field asked.
 */
@Controller
class InterventionStatsController {

	private final NodeReader reader;

	InterventionStatsController(NodeReader reader) {
		this.reader = reader;
	}

	/** A two-way count asked of {@code interventionStats}: its cells and margins are read only when selected. */
	record CrossTab(Aggregate interventions, InterventionDimension rows, InterventionDimension columns, String scheme) {
	}

	@QueryMapping
	Aggregate interventionStats(@Argument Map<String, Object> where) {
		return new Aggregate(Intervention.class, where, this.reader);
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byProblem(Aggregate interventions) {
		return interventions.countBy(InterventionDimension.PROBLEM.of(null));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byDoelgebied(Aggregate interventions) {
		return interventions.countBy(InterventionDimension.DOELGEBIED.of(null));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> bySector(Aggregate interventions) {
		return interventions.countBy(InterventionDimension.SECTOR.of(null));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byStatus(Aggregate interventions) {
		return interventions.countBy(InterventionDimension.STATUS.of(null));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byEvidenceStrength(Aggregate interventions, @Argument String scheme) {
		return interventions.countBy(InterventionDimension.EVIDENCE_STRENGTH.of(scheme));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byEvidenceLevel(Aggregate interventions, @Argument String scheme) {
		return byEvidenceStrength(interventions, scheme);
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> bySource(Aggregate interventions) {
		return interventions.countBy(InterventionDimension.SOURCE.of(null));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> by(Aggregate interventions, @Argument InterventionDimension dimension, @Argument String scheme) {
		return interventions.countBy(dimension.of(scheme));
	}

	@SchemaMapping(typeName = "InterventionStats")
	CrossTab crossTab(Aggregate interventions, @Argument InterventionDimension rows,
			@Argument InterventionDimension columns, @Argument String scheme) {
		return new CrossTab(interventions, rows, columns, scheme);
	}

	@SchemaMapping(typeName = "InterventionCrossTab")
	List<ValueCount> rows(CrossTab table) {
		return table.interventions().countBy(table.rows().of(table.scheme()));
	}

	@SchemaMapping(typeName = "InterventionCrossTab")
	List<ValueCount> columns(CrossTab table) {
		return table.interventions().countBy(table.columns().of(table.scheme()));
	}

	@SchemaMapping(typeName = "InterventionCrossTab")
	List<CrossCount> cells(CrossTab table) {
		return table.interventions()
			.crossCount(table.rows().of(table.scheme()), table.columns().of(table.scheme()));
	}

	@SchemaMapping(typeName = "InterventionStats")
	NumberSummary ratingFigures(Aggregate interventions, @Argument RatingFigure figure, @Argument String scheme) {
		Map<String, Object> parameters = new HashMap<>(InterventionDimension.ratingParameters(scheme));
		parameters.put("figure", figure.property);
		List<NumberSummary> summary = interventions
			.summarize(InterventionDimension.RATING + " WITH n, rating[$figure] AS value, null AS unit", parameters);
		return summary.isEmpty() ? new NumberSummary(null, 0, null, null, null, null) : summary.get(0);
	}

	/** The SDL enum {@code RatingFigure}: a figure of a rating, by the property that holds it. */
	enum RatingFigure {

		IMPACT_MONTHS("impactMonths"), EVIDENCE_STRENGTH("evidenceStrength"), COST_RATING("costRating");

		private final String property;

		RatingFigure(String property) {
			this.property = property;
		}

	}

}
