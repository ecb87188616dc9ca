package nl.onderwijsgraaf.international;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/**
 * One typed attribute of a country profile; exactly one of amount (with currency), number, flag or text holds the
 * value. Amounts keep the currency the source gives: comparing them is the client's choice, not a silent conversion.
 */
public record CountryAttribute(String key, Double amount, String currency, String period, Double number, String unit,
		String flag, String text, String note, List<Provenance> provenance) implements GraphNode {
}
