package nl.onderwijsgraaf.seed;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import nl.onderwijsgraaf.seed.SeedKind.Field;
import nl.onderwijsgraaf.seed.SeedKind.Link;

/**
 * Validates seed files completely before anything is written, and turns them into a {@link SeedGraph}. Every
 * problem found is reported as {@code file: kind[id].field: what is wrong}; one problem stops the load.
 */
final class SeedCompiler {

	private final List<String> problems = new ArrayList<>();

	/** Entries per kind by id, in file order, with the file each came from. */
	private final Map<SeedKind, Map<String, Entry>> entries = new LinkedHashMap<>();

	/** Per kind, the ids merged into another entry ({@code formerIds}) and the id that replaced each. */
	private final Map<SeedKind, Map<String, String>> formerIds = new LinkedHashMap<>();

	/**
	 * Text a link mapping may carry besides id, role and src: the passage of the source that states the link, and a
	 * curator's note on it.
	 */
	private static final Map<String, FieldType> LINK_TEXTS = Map.of("quote", FieldType.QUOTE, "note", FieldType.TEXT);

	private record Entry(String file, SeedKind kind, String id, Map<?, ?> values) {

		String where(String field) {
			return this.file + ": " + this.kind.key + "[" + this.id + "]" + ((field != null) ? "." + field : "");
		}

	}

	static SeedGraph compile(List<SeedFile> files) {
		return new SeedCompiler().run(files);
	}

	/**
	 * Entries of one kind whose names ({@link SeedKind#nameField()}) are near duplicates ({@link SeedRules#nameKey}) and
	 * that do not declare each other in {@code distinctFrom}: one problem per pair, naming both entries.
	 */
	static List<String> nearDuplicates(List<SeedFile> files) {
		SeedCompiler compiler = new SeedCompiler();
		for (SeedKind kind : SeedKind.values()) {
			compiler.entries.put(kind, new LinkedHashMap<>());
		}
		files.forEach(compiler::collect);
		return compiler.nearDuplicateNames();
	}

	/** Entries whose names are the same after {@link SeedRules#nameKey} and that do not declare each other distinct. */
	private List<String> nearDuplicateNames() {
		List<String> found = new ArrayList<>();
		for (SeedKind kind : SeedKind.values()) {
			Map<String, List<Entry>> byName = new LinkedHashMap<>();
			for (Entry entry : this.entries.get(kind).values()) {
				if (entry.values.get(kind.nameField()) instanceof String name) {
					byName.computeIfAbsent(SeedRules.nameKey(name), (k) -> new ArrayList<>()).add(entry);
				}
			}
			for (List<Entry> same : byName.values()) {
				for (int i = 0; i < same.size(); i++) {
					for (int j = i + 1; j < same.size(); j++) {
						if (!declaredDistinct(same.get(i), same.get(j)) && !declaredDistinct(same.get(j), same.get(i))) {
							found.add(same.get(j).where(kind.nameField()) + ": nearly the same as " + kind.key + "["
									+ same.get(i).id + "] (merge them, or declare distinctFrom: [{id, reason}])");
						}
					}
				}
			}
		}
		return found;
	}

	private static boolean declaredDistinct(Entry entry, Entry other) {
		return (entry.values.get("distinctFrom") instanceof List<?> list)
				&& list.stream().anyMatch((item) -> item instanceof Map<?, ?> map && other.id.equals(map.get("id")));
	}

	private SeedGraph run(List<SeedFile> files) {
		for (SeedKind kind : SeedKind.values()) {
			this.entries.put(kind, new LinkedHashMap<>());
			this.formerIds.put(kind, new LinkedHashMap<>());
		}
		files.forEach(this::collect);
		this.entries.values().forEach((byId) -> byId.values().forEach(this::collectFormerIds));
		if (this.problems.isEmpty()) {
			SeedGraph graph = build();
			if (this.problems.isEmpty()) {
				return graph;
			}
		}
		throw new SeedException(this.problems);
	}

	private void collect(SeedFile file) {
		for (Map.Entry<?, ?> section : file.content().entrySet()) {
			SeedKind kind = kindOf(section.getKey());
			if (kind == null) {
				this.problems.add(file.name() + ": unknown kind '" + section.getKey() + "' (expected one of "
						+ java.util.Arrays.stream(SeedKind.values()).map((k) -> k.key).toList() + ")");
				continue;
			}
			if (!(section.getValue() instanceof List<?> list)) {
				this.problems.add(file.name() + ": " + kind.key + " must be a list of entries");
				continue;
			}
			for (int i = 0; i < list.size(); i++) {
				if (!(list.get(i) instanceof Map<?, ?> values)) {
					this.problems.add(file.name() + ": " + kind.key + "[#" + (i + 1) + "]: must be a mapping of fields");
					continue;
				}
				Object id = values.get("id");
				if (!(id instanceof String text) || !SeedRules.KEY.matcher(text).matches()) {
					this.problems.add(file.name() + ": " + kind.key + "[#" + (i + 1) + "].id: "
							+ ((id == null) ? "missing required field" : "'" + id + "' is not a lower-case slug"));
					continue;
				}
				Entry entry = new Entry(file.name(), kind, text, values);
				Entry earlier = this.entries.get(kind).putIfAbsent(text, entry);
				if (earlier != null) {
					this.problems.add(entry.where("id") + ": duplicate id (first defined in " + earlier.file + ")");
				}
			}
		}
	}

	/**
	 * A merged duplicate keeps its old id in {@code formerIds}, so that references written before the merge (in any
	 * file) still reach the one node that remains.
	 */
	private void collectFormerIds(Entry entry) {
		Object value = entry.values.get("formerIds");
		if (value == null) {
			return;
		}
		if (!(value instanceof List<?> ids) || !ids.stream().allMatch((id) -> id instanceof String text
				&& SeedRules.KEY.matcher(text).matches())) {
			this.problems.add(entry.where("formerIds") + ": must be a list of ids");
			return;
		}
		for (Object id : ids) {
			String former = (String) id;
			String earlier = this.formerIds.get(entry.kind).putIfAbsent(former, entry.id);
			if (earlier != null || this.entries.get(entry.kind).containsKey(former)) {
				this.problems.add(entry.where("formerIds") + ": '" + former + "' is still in use");
			}
		}
	}

	private static SeedKind kindOf(Object key) {
		for (SeedKind kind : SeedKind.values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return null;
	}

	private SeedGraph build() {
		Set<String> sourceIds = this.entries.get(SeedKind.SOURCES).keySet();
		List<SeedGraph.Node> nodes = new ArrayList<>();
		List<SeedGraph.Relationship> relationships = new ArrayList<>();
		for (SeedKind kind : SeedKind.values()) {
			for (Entry entry : this.entries.get(kind).values()) {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("id", entry.id);
				checkUnknownFields(entry);
				checkFields(entry, properties);
				checkCurationState(entry, properties);
				checkDistinctFrom(entry);
				if (entry.values.get("formerIds") instanceof List<?> former) {
					properties.put("formerIds", former);
				}
				List<String> provenance = provenance(entry, sourceIds);
				if (!provenance.isEmpty()) {
					properties.put("provenance", provenance);
				}
				checkPersonalData(entry, entry.values, null);
				nodes.add(new SeedGraph.Node(kind.label, entry.id, properties));
				String defaultProvenance = provenance.isEmpty() ? null : provenance.get(0);
				for (Link link : kind.links.values()) {
					links(entry, link, defaultProvenance, sourceIds, relationships);
				}
				citations(entry, provenance, relationships);
				if (kind == SeedKind.COUNTRIES) {
					attributes(entry, sourceIds, nodes, relationships);
				}
			}
		}
		return new SeedGraph(nodes, distinct(relationships));
	}

	/** The same relationship may be declared from both ends (a programme's goals, a goal's programme): keep one. */
	private static List<SeedGraph.Relationship> distinct(List<SeedGraph.Relationship> relationships) {
		Map<String, SeedGraph.Relationship> byKey = new LinkedHashMap<>();
		relationships.forEach((r) -> byKey.putIfAbsent(r.key(), r));
		return List.copyOf(byKey.values());
	}

	private void checkUnknownFields(Entry entry) {
		for (Object field : entry.values.keySet()) {
			boolean known = entry.kind.fields.containsKey(field) || entry.kind.links.containsKey(field)
					|| (SeedKind.STRUCTURAL_FIELDS.contains(field)
							&& (!"attributes".equals(field) || entry.kind == SeedKind.COUNTRIES)
							&& (!"pages".equals(field) || entry.kind == SeedKind.SOURCES));
			if (!known) {
				this.problems.add(entry.where(String.valueOf(field)) + ": unknown field");
			}
		}
	}

	private void checkFields(Entry entry, Map<String, Object> properties) {
		for (Field field : entry.kind.fields.values()) {
			Object value = normalise(field, entry.values.get(field.name()));
			if (value == null) {
				if (field.required()) {
					this.problems.add(entry.where(field.name()) + ": missing required field");
				}
				continue;
			}
			String problem = field.type().check(value);
			if (problem != null) {
				this.problems.add(entry.where(field.name()) + ": " + problem);
			}
			else {
				properties.put(field.name(), (value instanceof String s) ? s.strip() : value);
				checkReadersText(entry, field.name(), value);
			}
		}
	}

	/** Text a reader sees holds no cataloguing remarks; those go in the entry's note. */
	private void checkReadersText(Entry entry, String field, Object value) {
		if (SeedRules.NOT_FOR_READERS.contains(field)) {
			return;
		}
		List<?> texts = (value instanceof List<?> list) ? list : List.of(value);
		for (Object text : texts) {
			if (text instanceof String s) {
				SeedRules.cataloguingProblems(s).forEach((problem) -> this.problems.add(entry.where(field) + ": " + problem));
			}
		}
	}

	/** The version and retired mark an export writes for curated nodes; a seed written by hand leaves them out. */
	private void checkCurationState(Entry entry, Map<String, Object> properties) {
		Object version = entry.values.get("version");
		if (version != null) {
			if (version instanceof Integer number && number > 0) {
				properties.put("version", number);
			}
			else {
				this.problems.add(entry.where("version") + ": must be a positive whole number");
			}
		}
		Object retired = entry.values.get("retired");
		if (retired != null) {
			if (retired instanceof Boolean flag) {
				if (flag) {
					properties.put("retired", true);
				}
			}
			else {
				this.problems.add(entry.where("retired") + ": must be true or false");
			}
		}
	}

	/** A declaration that an entry differs from a similarly named one names that entry and gives the reason. */
	private void checkDistinctFrom(Entry entry) {
		Object value = entry.values.get("distinctFrom");
		if (value == null) {
			return;
		}
		List<?> items = (value instanceof List<?> list) ? list : List.of(value);
		for (Object item : items) {
			boolean valid = item instanceof Map<?, ?> map && map.get("id") instanceof String id
					&& this.entries.get(entry.kind).containsKey(id) && FieldType.TEXT.check(map.get("reason")) == null;
			if (!valid) {
				this.problems.add(entry.where("distinctFrom") + ": '" + item + "' must be {id, reason} naming another "
						+ entry.kind.key + " entry and why it is a different thing");
			}
		}
	}

	/** YAML reads an unquoted 2021-03-23 as a date and 2021 as a number; both are fine as dates here. */
	private static Object normalise(Field field, Object value) {
		if (field.type() == FieldType.DATE) {
			if (value instanceof Date date) {
				SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
				format.setTimeZone(TimeZone.getTimeZone("UTC"));
				return format.format(date);
			}
			if (value instanceof Integer year) {
				return String.valueOf(year);
			}
		}
		return value;
	}

	private List<String> provenance(Entry entry, Set<String> sourceIds) {
		Object src = entry.values.get("src");
		if (src == null) {
			if (entry.kind.needsSource) {
				this.problems.add(entry.where("src") + ": missing required field (every fact cites its source)");
			}
			return List.of();
		}
		List<?> list = (src instanceof String single) ? List.of(single) : (src instanceof List<?> items) ? items : List.of();
		if (list.isEmpty()) {
			this.problems.add(entry.where("src") + ": must be a provenance string or a non-empty list of them");
			return List.of();
		}
		List<String> provenance = new ArrayList<>();
		for (Object item : list) {
			String checked = checkProvenance(entry, "src", item, sourceIds);
			if (checked != null && !provenance.contains(checked)) {
				provenance.add(checked);
			}
		}
		return provenance;
	}

	private String checkProvenance(Entry entry, String field, Object value, Set<String> sourceIds) {
		String problem = SeedRules.provenanceProblem(value, sourceIds);
		if (problem != null) {
			this.problems.add(entry.where(field) + ": " + problem);
			return null;
		}
		return ((String) value).strip();
	}

	private void links(Entry entry, Link link, String defaultProvenance, Set<String> sourceIds,
			List<SeedGraph.Relationship> out) {
		Object value = entry.values.get(link.name());
		if (value == null) {
			if (link.required()) {
				this.problems.add(entry.where(link.name()) + ": missing required field");
			}
			return;
		}
		Collection<?> items = (value instanceof List<?> list) ? list : List.of(value);
		Set<String> seen = new LinkedHashSet<>();
		for (Object item : items) {
			String targetId;
			String role = null;
			boolean inferred = false;
			String provenance = defaultProvenance;
			Map<String, Object> texts = new HashMap<>();
			if (item instanceof String text) {
				targetId = text;
			}
			else if (item instanceof Map<?, ?> map && map.get("id") instanceof String text) {
				targetId = text;
				for (Object key : map.keySet()) {
					if (!List.of("id", "role", "src", "inferred").contains(key) && !LINK_TEXTS.containsKey(key)) {
						this.problems.add(entry.where(link.name()) + ": unknown link field '" + key + "'");
					}
				}
				inferred = Boolean.TRUE.equals(map.get("inferred"));
				if (map.get("src") != null) {
					provenance = checkProvenance(entry, link.name(), map.get("src"), sourceIds);
				}
				if (map.get("role") != null) {
					role = String.valueOf(map.get("role"));
				}
				LINK_TEXTS.forEach((name, type) -> {
					if (map.get(name) != null) {
						String problem = type.check(map.get(name));
						if (problem != null) {
							this.problems.add(entry.where(link.name()) + "[" + text + "]." + name + ": " + problem);
						}
						else {
							texts.put(name, ((String) map.get(name)).strip());
						}
					}
				});
			}
			else {
				this.problems.add(entry.where(link.name()) + ": '" + item + "' must be an id or {id, role, src}");
				continue;
			}
			if (link.role() != null) {
				String problem = (role == null) ? "missing role" : link.role().check(role);
				if (problem != null) {
					this.problems.add(entry.where(link.name()) + "[" + targetId + "].role: " + problem);
					continue;
				}
			}
			else if (role != null) {
				this.problems.add(entry.where(link.name()) + "[" + targetId + "].role: this link has no role");
				continue;
			}
			targetId = current(link, targetId);
			SeedKind target = resolve(entry, link, targetId);
			if (target == null || !seen.add(targetId + "|" + role)) {
				continue;
			}
			Map<String, Object> properties = new HashMap<>();
			if (provenance != null) {
				properties.put("provenance", provenance);
			}
			if (role != null) {
				properties.put("role", role);
			}
			properties.putAll(texts);
			if (inferred) {
				properties.put("inferred", true);
			}
			String identity = (role != null) ? role : "";
			out.add(link.outgoing()
					? new SeedGraph.Relationship(link.type(), entry.kind.label, entry.id, target.label, targetId, identity,
							properties, entry.kind)
					: new SeedGraph.Relationship(link.type(), target.label, targetId, entry.kind.label, entry.id, identity,
							properties, entry.kind));
		}
	}

	/** The id a link's target has now: itself, or the entry it was merged into. */
	private String current(Link link, String targetId) {
		for (SeedKind kind : link.targets()) {
			if (!this.entries.get(kind).containsKey(targetId) && this.formerIds.get(kind).containsKey(targetId)) {
				return this.formerIds.get(kind).get(targetId);
			}
		}
		return targetId;
	}

	/** The passage that states a link, as printed; a link from a table row cites the row and has none. */
	private SeedKind resolve(Entry entry, Link link, String targetId) {
		List<SeedKind> matches = link.targets().stream().filter((k) -> this.entries.get(k).containsKey(targetId)).toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		this.problems.add(entry.where(link.name()) + ": "
				+ (matches.isEmpty() ? "unknown reference '" + targetId + "' (no "
						+ String.join(" or ", link.targets().stream().map((k) -> k.key).toList()) + " entry has that id)"
						: "ambiguous reference '" + targetId + "' (an id of " + matches.stream().map((k) -> k.key).toList()
								+ ")"));
		return null;
	}

	/** One CITES relationship per source document, carrying the pages cited there. */
	private void citations(Entry entry, List<String> provenance, List<SeedGraph.Relationship> out) {
		Map<String, List<String>> bySource = new LinkedHashMap<>();
		for (String item : provenance) {
			bySource.computeIfAbsent(SeedRules.sourceOf(item), (k) -> new ArrayList<>()).add(item);
		}
		bySource.forEach((source, items) -> out.add(new SeedGraph.Relationship("CITES", entry.kind.label, entry.id,
				SeedKind.SOURCES.label, source, "", Map.of("provenance", items), entry.kind)));
	}

	private void attributes(Entry entry, Set<String> sourceIds, List<SeedGraph.Node> nodes,
			List<SeedGraph.Relationship> out) {
		Object value = entry.values.get("attributes");
		if (value == null) {
			return;
		}
		if (!(value instanceof List<?> list)) {
			this.problems.add(entry.where("attributes") + ": must be a list of {key, src, value}");
			return;
		}
		Set<String> keys = new LinkedHashSet<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> attribute) || !(attribute.get("key") instanceof String key)
					|| !SeedRules.KEY.matcher(key).matches()) {
				this.problems.add(entry.where("attributes") + ": '" + item + "' needs a slug 'key'");
				continue;
			}
			String where = "attributes[" + key + "]";
			if (!keys.add(key)) {
				this.problems.add(entry.where(where) + ": duplicate attribute key");
				continue;
			}
			Map<String, Object> properties = attributeProperties(entry, where, attribute);
			List<String> provenance = new ArrayList<>();
			Object srcValue = attribute.get("src");
			List<?> src = (srcValue instanceof String single) ? List.of(single)
					: (srcValue instanceof List<?> items) ? items : List.of();
			if (src.isEmpty()) {
				this.problems.add(entry.where(where + ".src") + ": missing required field (every fact cites its source)");
			}
			else {
				src.forEach((s) -> {
					String checked = checkProvenance(entry, where + ".src", s, sourceIds);
					if (checked != null) {
						provenance.add(checked);
					}
				});
			}
			String id = entry.id + "/" + key;
			properties.put("id", id);
			properties.put("key", key);
			properties.put("provenance", provenance);
			nodes.add(new SeedGraph.Node("CountryAttribute", id, properties));
			out.add(new SeedGraph.Relationship("HAS_ATTRIBUTE", entry.kind.label, entry.id, "CountryAttribute", id, "",
					Map.of("provenance", provenance.isEmpty() ? "" : provenance.get(0)), entry.kind));
		}
	}

	private Map<String, Object> attributeProperties(Entry entry, String where, Map<?, ?> attribute) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> values = SeedRules.ATTRIBUTE_VALUES.stream().filter(attribute::containsKey).toList();
		if (values.size() != 1) {
			this.problems.add(entry.where(where) + ": needs exactly one of " + SeedRules.ATTRIBUTE_VALUES + ", has " + values);
		}
		for (Map.Entry<?, ?> field : attribute.entrySet()) {
			String name = String.valueOf(field.getKey());
			if (name.equals("key") || name.equals("src")) {
				continue;
			}
			FieldType type = SeedRules.ATTRIBUTE_FIELDS.get(name);
			Object value = field.getValue();
			if (name.equals("flag") && value instanceof Boolean yes) {
				// YAML 1.1 reads an unquoted YES or NO as a boolean
				value = yes ? "YES" : "NO";
			}
			String problem = (type == null) ? "unknown field" : type.check(value);
			if (problem != null) {
				this.problems.add(entry.where(where + "." + name) + ": " + problem);
			}
			else {
				properties.put(name, value);
			}
		}
		if (attribute.containsKey("amount") && !attribute.containsKey("currency")) {
			this.problems.add(entry.where(where + ".currency") + ": an amount needs its currency");
		}
		return properties;
	}

	/** Contact details of people never belong in the graph. */
	private void checkPersonalData(Entry entry, Object value, String field) {
		if (value instanceof String text) {
			SeedRules.personalDataProblems(text).forEach((problem) -> this.problems.add(entry.where(field) + ": " + problem));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> checkPersonalData(entry, v, (field == null) ? String.valueOf(k) : field + "." + k));
		}
		else if (value instanceof List<?> list) {
			list.forEach((v) -> checkPersonalData(entry, v, field));
		}
	}

}
