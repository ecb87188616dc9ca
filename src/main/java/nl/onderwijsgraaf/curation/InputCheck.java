package nl.onderwijsgraaf.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.seed.FieldType;
import nl.onderwijsgraaf.seed.SeedKind;
import nl.onderwijsgraaf.seed.SeedRules;

/**
 * Checks a mutation's input against the same declarations and rules as a seed file ({@link SeedKind},
 * {@link SeedRules}) and collects every problem with its field path, so one answer tells the curator all that is
 * wrong.
 */
final class InputCheck {

	private final List<InvalidFieldsException.Problem> problems = new ArrayList<>();

	private final Set<String> sourceIds;

	InputCheck(Set<String> sourceIds) {
		this.sourceIds = sourceIds;
	}

	void problem(String message, Object... field) {
		this.problems.add(new InvalidFieldsException.Problem(List.of(field), message));
	}

	/** Throws when anything was found. */
	void done() {
		if (!this.problems.isEmpty()) {
			throw new InvalidFieldsException(this.problems);
		}
	}

	/** A new node's key: a lower-case slug. */
	String key(Object value) {
		if (!(value instanceof String key) || !SeedRules.KEY.matcher(key).matches()) {
			problem((value == null) ? "missing required field" : "'" + value + "' is not a lower-case slug", "key");
			return null;
		}
		return key;
	}

	/**
	 * The node properties that the input sets, by field. On create every required field must be there; on update an
	 * absent field stays as it is and a null one is removed (which a required field cannot be).
	 */
	Map<String, Object> fields(SeedKind kind, Map<String, Object> input, boolean creating) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (SeedKind.Field field : kind.fields().values()) {
			String name = field.name();
			if (!input.containsKey(name) && !creating) {
				continue;
			}
			Object value = strip(input.get(name));
			if (value == null) {
				if (field.required()) {
					problem(creating ? "missing required field" : "a required field cannot be cleared", name);
				}
				else if (!creating) {
					properties.put(name, null);
				}
				continue;
			}
			String problem = field.type().check(value);
			if (problem != null) {
				problem(problem, name);
				continue;
			}
			personalData(value, name);
			if (value instanceof String text && !SeedRules.NOT_FOR_READERS.contains(name)) {
				SeedRules.cataloguingProblems(text).forEach((p) -> problem(p, name));
			}
			properties.put(name, value);
		}
		return properties;
	}

	/** The provenance list, checked item by item; required on create for kinds that must cite a source. */
	List<String> provenance(Object value, boolean required) {
		if (value == null) {
			if (required) {
				problem("missing required field (every fact cites its source)", "provenance");
			}
			return null;
		}
		List<?> items = (List<?>) value;
		if (items.isEmpty()) {
			problem("must hold at least one provenance string", "provenance");
			return null;
		}
		Set<String> provenance = new LinkedHashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String checked = provenanceItem(items.get(i), "provenance", i);
			if (checked != null) {
				provenance.add(checked);
			}
		}
		return List.copyOf(provenance);
	}

	/** One provenance string, or null when it is malformed or cites an unknown source. */
	String provenanceItem(Object value, Object... field) {
		String problem = SeedRules.provenanceProblem(value, this.sourceIds);
		if (problem != null) {
			problem(problem, field);
			return null;
		}
		return ((String) value).strip();
	}

	/** A value of a closed set or a typed field, given its type. */
	Object typed(FieldType type, Object value, Object... field) {
		Object stripped = strip(value);
		String problem = type.check(stripped);
		if (problem != null) {
			problem(problem, field);
			return null;
		}
		personalData(stripped, field);
		return stripped;
	}

	private void personalData(Object value, Object... field) {
		if (value instanceof String text) {
			SeedRules.personalDataProblems(text).forEach((p) -> problem(p, field));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				Object[] path = java.util.Arrays.copyOf(field, field.length + 1);
				path[field.length] = i;
				personalData(list.get(i), path);
			}
		}
	}

	private static Object strip(Object value) {
		if (value instanceof String text) {
			return text.strip();
		}
		if (value instanceof List<?> list) {
			return list.stream().map((v) -> (v instanceof String s) ? s.strip() : v).toList();
		}
		return value;
	}

}
