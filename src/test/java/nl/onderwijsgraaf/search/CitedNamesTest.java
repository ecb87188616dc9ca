package nl.onderwijsgraaf.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names a citation gives, which the nodes its evidence documents are found by. */
class CitedNamesTest {

	@Test
	void namesAreRunsOfCapitalisedWordsWithTheParticlesOfSurnames() {
		assertThat(SearchIndex.citedNames("Interview Ewald de Vries (bestuurder), ‘Geld volgt de leerling’ (2021)"))
			.containsExactly("Interview Ewald de Vries");
		assertThat(SearchIndex.citedNames("Louise Elffers, directeur Kenniscentrum Ongelijkheid"))
			.containsExactly("Louise Elffers", "Kenniscentrum Ongelijkheid");
		assertThat(SearchIndex.citedNames("OCW in Cijfers (aangehaald door Eddie Denessen.)"))
			.containsExactly("Eddie Denessen");
	}

	@Test
	void titlesAbbreviationsAndSingleWordsAreNoNames() {
		assertThat(SearchIndex.citedNames("NP Onderwijs-menukaart, versie 1 (2021), doelgebied C, item \"Sportieve activiteiten\""))
			.isEmpty();
		assertThat(SearchIndex.citedNames("‘Het onderwijs is veerkrachtig gebleken’ (Blijf bij de les!, 2025)")).isEmpty();
	}

}
