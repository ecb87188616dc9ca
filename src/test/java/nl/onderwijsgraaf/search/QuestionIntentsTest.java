package nl.onderwijsgraaf.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a question asks for, read from its question words (search/question-intents.txt). */
class QuestionIntentsTest {

	static QuestionIntents.Intent intent(String words) {
		return QuestionIntents.BUNDLED.of(List.of(words.split(" ")));
	}

	@Test
	void aQuestionWordAsksForAKindAndIsNoTopic() {
		assertThat(intent("wanneer gingen de scholen dicht")).isEqualTo(new QuestionIntents.Intent(
				java.util.Set.of("TimelineEvent"), List.of("gingen", "de", "scholen", "dicht")));
		assertThat(intent("welke landen laten leraren rouleren").answers()).containsExactlyInAnyOrder("Country",
				"InternationalPractice");
		assertThat(intent("wat helpt tegen een rekenachterstand").answers()).containsExactly("Intervention");
	}

	@Test
	void aPhraseAsksForAnAmountOfMoneyAndItsContentWordsAreNoTopic() {
		QuestionIntents.Intent money = intent("hoeveel geld kreeg het np onderwijs");
		// the money a programme got: its whole budget more than each of its parts
		assertThat(money.answers()).containsExactlyInAnyOrder(QuestionIntents.COST, QuestionIntents.BUDGET);
		assertThat(intent("wat kost tutoring").answers()).containsExactly(QuestionIntents.COST);
		assertThat(money.topic()).containsExactly("kreeg", "het", "np", "onderwijs");
		assertThat(intent("hoeveel leraren zijn er").answers()).containsExactly(QuestionIntents.AMOUNT);
		// "geld" outside such a phrase is a topic
		assertThat(intent("extra geld voor achterstanden").topic()).contains("geld");
	}

	@Test
	void theLongestPhraseWinsAndAPhraseThatAsksForNothingKeepsItsWords() {
		QuestionIntents.Intent duration = intent("hoe lang waren de scholen in engeland dicht");
		assertThat(duration.answers()).isEmpty();
		assertThat(duration.topic()).contains("hoe", "lang");
		assertThat(intent("hoe verlaag ik de werkdruk").answers()).contains("Intervention");
	}

	@Test
	void factAskingWordsAskForEvidenceAndAreNoTopic() {
		QuestionIntents.Intent study = intent("onderzoek naar vooroordelen van leraren");
		assertThat(study.answers()).containsExactly("Evidence");
		assertThat(study.topic()).containsExactly("vooroordelen", "van", "leraren");
		assertThat(intent("cijfers over kindermishandeling").answers()).containsExactlyInAnyOrder("Evidence",
				QuestionIntents.AMOUNT);
		assertThat(intent("hoeveel maanden leerwinst geeft huiswerk").answers()).containsExactlyInAnyOrder("Evidence",
				QuestionIntents.AMOUNT);
	}

	@Test
	void aKindsNameAsksForThatKindAndStaysATopic() {
		QuestionIntents.Intent goals = intent("doelen van het np onderwijs");
		assertThat(goals.answers()).containsExactly("Goal");
		assertThat(goals.topic()).containsExactly("doelen", "van", "het", "np", "onderwijs");
		assertThat(intent("effectmeting kansrijke interventies").topic()).contains("interventies");
	}

	@Test
	void aPhraseOfStopWordsIsReadAsTheGraphsTerms() {
		QuestionIntents.Intent full = intent("te veel kinderen in mijn klas");
		assertThat(full.answers()).containsExactly("Problem");
		assertThat(full.topic()).containsExactly("grote", "klassen", "in", "mijn", "klas");
		assertThat(intent("kinderen die niet meer naar school komen").topic()).containsExactly("kinderen", "die",
				"schooluitval", "komen");
	}

	@Test
	void aThirdColumnOtherThanTopicOrAReadingIsRejected() {
		assertThatThrownBy(() -> QuestionIntents.parse(List.of("doelen\tGoal\tkeep")))
			.hasMessageContaining("doelen");
		assertThatThrownBy(() -> QuestionIntents.parse(List.of("te veel\tProblem\t=")))
			.hasMessageContaining("te veel");
	}

	@Test
	void englishQuestionWordsAskWhatTheDutchOnesAsk() {
		QuestionIntents.Intent rating = intent("parental engagement months of progress");
		assertThat(rating.answers()).containsExactlyInAnyOrder("Evidence", QuestionIntents.AMOUNT);
		assertThat(rating.topic()).containsExactly("parental", "engagement");
		assertThat(intent("when did schools close").answers()).containsExactly("TimelineEvent");
		assertThat(intent("who funds the national education programme").answers()).containsExactly("Stakeholder");
		assertThat(intent("how much money went to municipalities").answers())
			.containsExactlyInAnyOrder(QuestionIntents.COST, QuestionIntents.BUDGET);
		assertThat(intent("which countries pay teachers more").answers()).containsExactlyInAnyOrder("Country",
				"InternationalPractice");
	}

	@Test
	void aNegationDescribesWhatGoesWrongAndAsksForTheProblem() {
		QuestionIntents.Intent complaint = intent("kinderen hebben thuis geen werkplek");
		assertThat(complaint.answers()).containsExactly("Problem");
		assertThat(complaint.topic()).containsExactly("kinderen", "hebben", "thuis", "werkplek");
		assertThat(intent("ouders komen nooit naar de ouderavond").answers()).containsExactly("Problem");
		// with a question word, both: the problem and what helps against it
		assertThat(intent("wat helpt als kinderen niet lezen").answers()).containsExactlyInAnyOrder("Intervention",
				"Problem");
		assertThat(intent("kinderen lezen graag").answers()).isEmpty();
		// a question for another kind: that kind alone, not the problem that ranked above every country
		assertThat(intent("welk land heeft geen lerarentekort").answers()).containsExactlyInAnyOrder("Country",
				"InternationalPractice");
		assertThat(intent("wie betaalt niet mee").answers()).containsExactly("Stakeholder");
	}

	@Test
	void fillersInsideAPhraseDoNotHideIt() {
		QuestionIntents.Intent helps = intent("wat helpt er eigenlijk tegen het lerarentekort");
		assertThat(helps.answers()).containsExactly("Intervention");
		assertThat(helps.topic()).containsExactly("het", "lerarentekort");
		// a filler alone is what was typed
		assertThat(intent("echt").topic()).containsExactly("echt");
	}

	@Test
	void questionWordsAloneAreTheTopic() {
		assertThat(intent("landen").topic()).containsExactly("landen");
		assertThat(intent("welke landen").topic()).containsExactly("welke", "landen");
		assertThat(intent("schoolsluiting").answers()).isEmpty();
	}

	@Test
	void rejectsAnAnswerThatIsNoKindOrMarker() {
		assertThatThrownBy(() -> QuestionIntents.parse(List.of("wanneer\tEvent")))
			.hasMessageContaining("unknown answer 'Event'");
		assertThatThrownBy(() -> QuestionIntents.parse(List.of("wanneer"))).hasMessageContaining("phrase<TAB>answers");
	}

}
