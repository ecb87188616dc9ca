package nl.onderwijsgraaf.read;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.Keyset;
import nl.onderwijsgraaf.api.NodeMapper;
import nl.onderwijsgraaf.graph.GraphReads;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;

/**
 * Loads the relationship fields selected under a root field's answer, at every depth, with one compiled query per
 * kind of node in that answer ({@link ReadCompiler}), whatever logic found the nodes: a lookup, a page, a ranking,
 * search hits. The values go into {@link Prefetched}; fields it does not load (custom fields such as ratings) keep
 * their own batch loading.
 */
public final class RelationReads {

	private static final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

	private final ReadCompiler compiler;

	private final GraphReads reads;

	private final GraphTypes types;

	public RelationReads(ReadCompiler compiler, GraphReads reads, GraphTypes types) {
		this.compiler = compiler;
		this.reads = reads;
		this.types = types;
	}

	public ReadCompiler compiler() {
		return this.compiler;
	}

	/**
	 * Finds the nodes in {@code answer} (a node, a list, a connection or any record that holds them, followed along
	 * {@code selection}) and loads the relationship fields selected under them into {@code into}: from what the root
	 * read already read of them ({@code along}), else with one compiled query per kind of node.
	 */
	void load(Object answer, List<Selected> selection, Prefetched into, ReadAlong along) {
		Map<String, Map<List<Selected>, List<GraphNode>>> sources = new LinkedHashMap<>();
		collect(answer, selection, sources);
		sources.forEach((type, bySelection) -> bySelection.forEach((nested, nodes) -> {
			Map<String, List<GraphNode>> byKey = new HashMap<>();
			for (GraphNode node : nodes) {
				Map<String, Object> read = along.get(node);
				if (read != null && readAlong(type, nested, read)) {
					register(node, type, nested, read, into);
				}
				else {
					byKey.computeIfAbsent(node.key(), (k) -> new ArrayList<>()).add(node);
				}
			}
			ReadCompiler.ReadQuery query = byKey.isEmpty() ? null : this.compiler.forKeys(type, nested);
			if (query == null) {
				return;
			}
			Map<String, Object> parameters = new HashMap<>(query.parameters());
			parameters.put("keys", List.copyOf(byKey.keySet()));
			for (Map<String, Object> row : this.reads.rows(query.cypher(), parameters)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) row.get("fields");
				for (GraphNode node : byKey.getOrDefault((String) row.get("key"), List.of())) {
					register(node, type, nested, fields, into);
				}
			}
		}));
	}

	/** Whether {@code read} holds every relationship field {@code selection} selects on a node of {@code type}. */
	private boolean readAlong(String type, List<Selected> selection, Map<String, Object> read) {
		return selection.stream()
			.filter((selected) -> selected.appliesTo(type) && this.compiler.relation(type, selected.name()) != null)
			.allMatch((selected) -> read.containsKey(ReadCompiler.NESTED + selected.resultKey()));
	}

	private void collect(Object value, List<Selected> selection, Map<String, Map<List<Selected>, List<GraphNode>>> sources) {
		if (value == null || selection.isEmpty()) {
			return;
		}
		if (value instanceof Iterable<?> items) {
			items.forEach((item) -> collect(item, selection, sources));
		}
		else if (value instanceof GraphNode node) {
			sources.computeIfAbsent(node.getClass().getSimpleName(), (t) -> new IdentityHashMap<>())
				.computeIfAbsent(selection, (s) -> new ArrayList<>())
				.add(node);
		}
		else if (value instanceof Record) {
			Map<String, Method> components = accessors.computeIfAbsent(value.getClass(), RelationReads::componentsOf);
			for (Selected field : selection) {
				Method accessor = components.get(field.name());
				if (accessor != null) {
					collect(read(accessor, value), field.children(), sources);
				}
			}
		}
	}

	private void register(Object source, String type, List<Selected> selection, Map<String, Object> fields,
			Prefetched into) {
		for (Selected selected : selection) {
			RelationField relation = this.compiler.relation(type, selected.name());
			Object items = (relation != null) ? fields.get(ReadCompiler.NESTED + selected.resultKey()) : null;
			if (items instanceof List<?> list) {
				into.put(source, selected.resultKey(), value(relation, source, list, selected, into));
			}
			else if (items instanceof Map<?, ?> page && relation.connection()) {
				into.put(source, selected.resultKey(), page(relation, source, page, selected, into));
			}
		}
	}

	/** A {@code <field>Connection}'s page: its items, each with the cursor of its sort key. */
	private Connection<Object> page(RelationField relation, Object source, Map<?, ?> page, Selected selected,
			Prefetched into) {
		List<Object> items = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		String scope = ReadCompiler.scope(relation, selected);
		List<Selected> nodeSelection = ReadCompiler.nodeSelection(relation, selected);
		for (Object each : (List<?>) page.get(ReadCompiler.ITEMS)) {
			Map<?, ?> item = (Map<?, ?>) each;
			List<Object> values = value(relation, source, List.of(item.get(ReadCompiler.ITEM)), nodeSelection, into);
			if (!values.isEmpty()) {
				items.add(values.get(0));
				cursors.add(Cursor.keyset(scope, new ArrayList<>((List<?>) item.get(ReadCompiler.SORT_KEY))));
			}
		}
		return Keyset.connection(items, cursors, ((Number) page.get(ReadCompiler.PASSED)).intValue(),
				((Number) page.get(ReadCompiler.TOTAL)).intValue(), false);
	}

	private Object value(RelationField relation, Object source, List<?> items, Selected selected, Prefetched into) {
		List<Object> values = value(relation, source, items, ReadCompiler.nodeSelection(relation, selected), into);
		return relation.single() ? (values.isEmpty() ? null : values.get(0)) : values;
	}

	/** The items of a relationship field, with the relationship fields selected under their nodes registered. */
	@SuppressWarnings("unchecked")
	private List<Object> value(RelationField relation, Object source, List<?> items, List<Selected> nodeSelection,
			Prefetched into) {
		List<Object> values = new ArrayList<>(items.size());
		for (Object item : items) {
			Map<String, Object> map = (Map<String, Object>) item;
			Map<String, Object> node = (relation.edge() == null) ? map : (Map<String, Object>) map.get(ReadCompiler.NODE);
			Object target = toRecord(relation, node);
			if (target == null) {
				continue;
			}
			if (!relation.anyKind()) {
				register(target, relation.target().getSimpleName(), nodeSelection, node, into);
			}
			values.add((relation.edge() == null) ? target
					: relation.edge().create(source, target, (MapAccessor) Values.value(map.get(ReadCompiler.REL))));
		}
		return values;
	}

	@SuppressWarnings("unchecked")
	private Object toRecord(RelationField relation, Map<String, Object> node) {
		Class<?> type = relation.target();
		if (relation.anyKind()) {
			type = ((List<String>) node.get(ReadCompiler.LABELS)).stream()
				.map(this.types::forLabel)
				.filter((t) -> t != null)
				.findFirst()
				.orElse(null);
			if (type == null) {
				return null;
			}
		}
		return NodeMapper.map(node, type);
	}

	private static Map<String, Method> componentsOf(Class<?> type) {
		Map<String, Method> components = new HashMap<>();
		for (var component : type.getRecordComponents()) {
			Method accessor = component.getAccessor();
			if (accessor.trySetAccessible()) {
				components.put(component.getName(), accessor);
			}
		}
		return components;
	}

	private static Object read(Method accessor, Object value) {
		try {
			return accessor.invoke(value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + accessor, ex);
		}
	}

}
