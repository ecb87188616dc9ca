package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.onderwijsgraaf.evidence.Evidence;

/** A programme's budget figures as the sources give them, and their sum per unit. */
record ProgrammeBudget(Programme programme, List<BudgetTotal> totals, List<Evidence> figures) {

	/** The budget of a programme with these figures; figures without a number or unit are not added up. */
	static ProgrammeBudget of(Programme programme, List<Evidence> figures) {
		Map<String, BudgetTotal> byUnit = new TreeMap<>();
		figures.stream()
			.filter((e) -> e.figure() != null && e.unit() != null)
			.forEach((e) -> byUnit.merge(e.unit(), new BudgetTotal(e.unit(), e.figure(), 1),
					(a, b) -> new BudgetTotal(a.unit(), a.sum() + b.sum(), a.figureCount() + b.figureCount())));
		return new ProgrammeBudget(programme, List.copyOf(byUnit.values()), figures);
	}

	/** The sum of a programme's figures in one unit. */
	record BudgetTotal(String unit, double sum, int figureCount) {

	}

}
