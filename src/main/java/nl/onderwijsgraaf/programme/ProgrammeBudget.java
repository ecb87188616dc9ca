package nl.onderwijsgraaf.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.onderwijsgraaf.evidence.Evidence;

/**
 * A programme's budget figures as the sources give them, grouped by role. Sources give a total, its parts and other
 * figures for the same total; adding them up gives a sum no source states, so only figures of one role are added: the
 * totals together, and the parts of one figure together.
 */
record ProgrammeBudget(Programme programme, List<BudgetTotal> totals, List<Evidence> figures, List<BudgetGroup> groups) {

	static ProgrammeBudget of(Programme programme, List<Evidence> figures) {
		return new ProgrammeBudget(programme,
				sums(figures.stream().filter((e) -> "TOTAL".equals(e.budgetRole())).toList()), figures, groups(figures));
	}

	/**
	 * One group per figure that is a total or that another figure of the programme belongs to, and one (without head)
	 * for the figures that belong to a figure the programme does not list.
	 */
	private static List<BudgetGroup> groups(List<Evidence> figures) {
		Set<String> keys = figures.stream().map(Evidence::key).collect(Collectors.toSet());
		Map<String, List<Evidence>> members = new TreeMap<>();
		List<Evidence> orphans = new ArrayList<>();
		for (Evidence figure : figures) {
			if (figure.budgetOf() == null) {
				continue;
			}
			if (keys.contains(figure.budgetOf())) {
				members.computeIfAbsent(figure.budgetOf(), (k) -> new ArrayList<>()).add(figure);
			}
			else {
				orphans.add(figure);
			}
		}
		Map<String, BudgetGroup> groups = new LinkedHashMap<>();
		for (Evidence figure : figures) {
			if ("TOTAL".equals(figure.budgetRole()) || members.containsKey(figure.key())) {
				groups.put(figure.key(), group(figure, members.getOrDefault(figure.key(), List.of())));
			}
		}
		List<BudgetGroup> result = new ArrayList<>(new TreeMap<>(groups).values());
		if (!orphans.isEmpty()) {
			result.add(group(null, orphans));
		}
		return result;
	}

	private static BudgetGroup group(Evidence head, List<Evidence> members) {
		List<Evidence> parts = role(members, "PART");
		return new BudgetGroup(head, role(members, "ALTERNATIVE"), parts, sums(parts), role(members, "YEAR"));
	}

	private static List<Evidence> role(List<Evidence> figures, String role) {
		return figures.stream().filter((e) -> role.equals(e.budgetRole())).toList();
	}

	/** The sum per unit of figures of one role; figures without a number or unit are not added up. */
	private static List<BudgetTotal> sums(List<Evidence> figures) {
		Map<String, BudgetTotal> byUnit = new TreeMap<>();
		figures.stream()
			.filter((e) -> e.figure() != null && e.unit() != null)
			.forEach((e) -> byUnit.merge(e.unit(), new BudgetTotal(e.unit(), e.figure(), 1),
					(a, b) -> new BudgetTotal(a.unit(), a.sum() + b.sum(), a.figureCount() + b.figureCount())));
		return List.copyOf(byUnit.values());
	}

	/** The sum of a programme's figures of one role in one unit. */
	record BudgetTotal(String unit, double sum, int figureCount) {

	}

	/** A figure with the figures that belong to it, by role. */
	record BudgetGroup(Evidence head, List<Evidence> alternatives, List<Evidence> parts, List<BudgetTotal> partsSum,
			List<Evidence> years) {

	}

}
