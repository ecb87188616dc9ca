package nl.onderwijsgraaf.stakeholder;

import java.util.List;

/** The stakeholders that have one role in a programme. */
record RoleGroup(String role, List<Stakeholder> stakeholders) {

}
