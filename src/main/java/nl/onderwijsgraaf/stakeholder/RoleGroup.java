package nl.onderwijsgraaf.programme;

import java.util.List;

import nl.onderwijsgraaf.stakeholder.Stakeholder;

/** The stakeholders that have one role in a programme. */
record RoleGroup(String role, List<Stakeholder> stakeholders) {

}
