package nl.onderwijsgraaf.stakeholder;

import nl.onderwijsgraaf.api.Provenance;

/** A tie between two stakeholders ({@code CONNECTED_TO}), read from {@code from} to {@code to}. */
public record StakeholderTie(String role, Stakeholder from, Stakeholder to, Provenance provenance, String quote) {
}
