package nl.onderwijsgraaf.stakeholder;

import java.util.List;

import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.programme.Programme;

/** Another stakeholder involved in some of the same interventions and programmes, with those it shares. */
public record CoInvolvement(Stakeholder stakeholder, int count, List<Intervention> interventions,
		List<Programme> programmes) {
}
