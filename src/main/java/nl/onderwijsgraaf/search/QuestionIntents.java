package nl.onderwijsgraaf.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a question asks for, read from its question words ({@code classpath:search/question-intents.txt}, which says
 * why): "wanneer" asks for an event, "hoeveel geld" for a node that states an amount of money, "wat helpt tegen" for
 * an intervention.
 */
final class QuestionIntents {

	/**
	 * A node's answer that is no kind: it states a figure, an amount of money or a cost, or a whole budget (of a
	 * programme or a measure, not a part of it).
	 */
	static final String AMOUNT = "amount", COST = "cost", BUDGET = "budget";

	static final QuestionIntents BUNDLED = parse(DutchAnalysis.lines("question-intents.txt"));

	/**
	 * What a query asks for: the answers its question phrases ask for, and its topic, the words that are not part of
	 * such a phrase (all its words when no other word than question and stop words would be left).
	 */
	record Intent(Set<String> answers, List<String> topic) {
	}

	private final Map<List<String>, List<String>> phrases;

	/**
	 * What each phrase leaves of the query's topic: nothing where it asks for an answer ("wanneer"), its own words
	 * where it asks for nothing ("hoe lang") or is marked a topic (a kind's name: "doelen"), or the graph's words it
	 * is read as (a school team's phrase of stop words: "te veel kinderen" — grote klassen).
	 */
	private final Map<List<String>, List<String>> topics;

	/**
	 * The phrases of a complaint: they ask for their answers alone or beside a way to act, not where another phrase
	 * of the query asks for another kind. A negation asks for the problem in a complaint ("ouders komen nooit") and
	 * in a question for what helps against it, not in a question for a country ("welk land heeft geen
	 * lerarentekort") or an organisation.
	 */
	private final Set<List<String>> complaints;

	private final int longest;

	private QuestionIntents(Map<List<String>, List<String>> phrases, Map<List<String>, List<String>> topics,
			Set<List<String>> complaints) {
		this.phrases = Map.copyOf(phrases);
		this.topics = Map.copyOf(topics);
		this.complaints = Set.copyOf(complaints);
		this.longest = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
	}

	/**
	 * The phrases of lines "phrase TAB answer, answer [TAB topic | TAB = words | TAB complaint]"; an answer is a
	 * node label, {@link #AMOUNT}, {@link #COST} or {@link #BUDGET}; "topic" keeps the phrase's words among the
	 * query's topic, "= words" puts those words there instead, "complaint" marks one of {@link #complaints}.
	 */
	static QuestionIntents parse(List<String> lines) {
		Set<String> known = new LinkedHashSet<>(SearchKind.labels());
		known.addAll(List.of(AMOUNT, COST, BUDGET));
		Map<List<String>, List<String>> phrases = new HashMap<>();
		Map<List<String>, List<String>> topics = new HashMap<>();
		Set<List<String>> complaints = new HashSet<>();
		for (String line : lines) {
			String[] parts = line.split("\t", -1);
			String reading = (parts.length == 3) ? parts[2].strip() : "";
			if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts.length == 3
					&& !reading.equals("topic") && !reading.equals("complaint")
					&& !(reading.startsWith("=") && reading.length() > 1)) {
				throw new IllegalStateException("search/question-intents.txt: expected "
						+ "phrase<TAB>answers[<TAB>topic, <TAB>= words or <TAB>complaint], got: " + line);
			}
			List<String> answers = parts[1].isBlank() ? List.of() : List.of(parts[1].strip().split("\\s*,\\s*"));
			answers.stream().filter((a) -> !known.contains(a)).findFirst().ifPresent((a) -> {
				throw new IllegalStateException("search/question-intents.txt: unknown answer '" + a + "' (one of "
						+ known + ") in: " + line);
			});
			List<String> phrase = List.of(parts[0].strip().split("\\s+"));
			phrases.put(phrase, answers);
			if (reading.equals("complaint")) {
				complaints.add(phrase);
			}
			topics.put(phrase, reading.startsWith("=") ? List.of(reading.substring(1).strip().split("\\s+"))
					: (reading.equals("topic") || answers.isEmpty()) ? phrase : List.of());
		}
		return new QuestionIntents(phrases, topics, complaints);
	}

	/**
	 * Words that people put inside a question without changing what it asks: "wat helpt er eigenlijk tegen" asks what
	 * "wat helpt tegen" asks. Why dropped before the phrases are read: with them the phrase was not found, and the
	 * question's words were searched as its topic. None of them is a topic.
	 */
	static final Set<String> FILLERS = Set.of("er", "eigenlijk", "precies", "nou", "toch", "echt", "even", "nu", "dan",
			"allemaal", "eens");

	/** The intent of a query's plain words (lower case, folded, stop words kept). */
	Intent of(List<String> typed) {
		List<String> words = typed.stream().filter((w) -> !FILLERS.contains(w)).toList();
		if (words.isEmpty()) {
			words = typed;
		}
		Set<String> answers = new LinkedHashSet<>();
		Set<String> complained = new LinkedHashSet<>();
		List<String> topic = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int matched = 0;
			for (int n = Math.min(this.longest, words.size() - i); n > 0 && matched == 0; n--) {
				List<String> answered = this.phrases.get(words.subList(i, i + n));
				if (answered != null) {
					(this.complaints.contains(words.subList(i, i + n)) ? complained : answers).addAll(answered);
					matched = n;
				}
			}
			topic.addAll((matched == 0) ? words.subList(i, i + 1) : this.topics.get(words.subList(i, i + matched)));
			i += Math.max(matched, 1);
		}
		// Why: "landen" or "hoeveel" alone is what is looked for, not a kind of answer
		boolean anyConcept = topic.stream().anyMatch((w) -> !DutchAnalysis.QUERY_STOPWORDS.contains(w));
		if (answers.isEmpty() || answers.contains(SearchKind.INTERVENTION.label)) {
			answers.addAll(complained);
		}
		return new Intent(Set.copyOf(answers), anyConcept ? List.copyOf(topic) : List.copyOf(words));
	}

}
