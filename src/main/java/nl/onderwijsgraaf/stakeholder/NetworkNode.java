package nl.onderwijsgraaf.stakeholder;

/**
 * A node of a stakeholder network or path, with what a drawing needs: its global id, key, label, type and name,
 * and how many hops it lies from where the network or path starts.
 */
public record NetworkNode(String id, String key, String label, String type, String name, int distance) {
}
