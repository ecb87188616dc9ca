package nl.onderwijsgraaf.international;

import java.util.List;

/** An attribute key of the country profiles and what its values are: their types, units and currencies. */
record CountryAttributeKey(String key, int countryCount, List<String> valueTypes, List<String> units,
		List<String> currencies) {
}
