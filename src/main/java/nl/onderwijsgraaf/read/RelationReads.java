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
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.Keyset;
import nl.onderwijsgraaf.api.NodeMapper;
import nl.onderwijsgraaf.api.PageRequest;
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
			try {
				if (items instanceof List<?> list) {
					into.put(source, selected.resultKey(), value(relation, source, list, selected, into));
				}
				else if (items instanceof Map<?, ?> page && relation.connection()) {
					into.put(source, selected.resultKey(), page(relation, (GraphNode) source, page, selected, into));
				}
			}
			catch (InvalidInputException ex) {
				throw ex.of(selected.resultKey());
			}
		}
	}

	/**
	 * A {@code <field>Connection}'s page of node {@code source}: its items in the list's order, each with the cursor
	 * of its sort key and its node; a cursor another node's list issued is refused.
	 */
	private Connection<Object> page(RelationField relation, GraphNode source, Map<?, ?> page, Selected selected,
			Prefetched into) {
		List<Object> items = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		String scope = ReadCompiler.scope(relation, selected);
		PageRequest request = ReadCompiler.pageRequest(selected);
		request.checkOwner(scope, source.key());
		List<Selected> itemSelection = ReadCompiler.itemSelection(relation, selected);
		List<?> read = (List<?>) page.get(ReadCompiler.ITEMS);
		// where the selection asks whether items follow the page, it is read with one item more, which tells
		for (Object each : read.subList(0, Math.min(read.size(), request.size()))) {
			Map<?, ?> item = (Map<?, ?>) each;
			List<Object> values = value(relation, source, List.of(item.get(ReadCompiler.ITEM)), itemSelection, into);
			if (!values.isEmpty()) {
				items.add(values.get(0));
				cursors.add(Cursor.keyset(scope, source.key(), new ArrayList<>((List<?>) item.get(ReadCompiler.SORT_KEY))));
			}
		}
		Number total = (Number) page.get(ReadCompiler.TOTAL);
		return Keyset.connection(items, cursors, (Boolean) page.get(ReadCompiler.BEHIND), read.size() > request.size(),
				(total != null) ? total.intValue() : null, request.backward());
	}

	private Object value(RelationField relation, Object source, List<?> items, Selected selected, Prefetched into) {
		List<Object> values = value(relation, source, items, ReadCompiler.itemSelection(relation, selected), into);
		return relation.single() ? (values.isEmpty() ? null : values.get(0)) : values;
	}

	/**
	 * The items of a relationship field, {@code itemSelection} selected under each, with the relationship fields
	 * selected under their nodes registered.
	 */
	@SuppressWarnings("unchecked")
	private List<Object> value(RelationField relation, Object source, List<?> items, List<Selected> itemSelection,
			Prefetched into) {
		List<Object> values = new ArrayList<>(items.size());
		for (Object item : items) {
			Map<String, Object> map = (Map<String, Object>) item;
			if (relation.endFields() != null) {
				Object from = node(relation, map.get(ReadCompiler.FROM),
						ReadCompiler.under(itemSelection, relation.endFields().get(0)), into);
				Object to = node(relation, map.get(ReadCompiler.TO),
						ReadCompiler.under(itemSelection, relation.endFields().get(1)), into);
				values.add(relation.edge().create(from, to, (MapAccessor) Values.value(map.get(ReadCompiler.REL))));
				continue;
			}
			Object target = node(relation, (relation.edge() == null) ? map : map.get(ReadCompiler.NODE),
					ReadCompiler.nodeSelection(relation, itemSelection), into);
			if (target != null) {
				values.add((relation.edge() == null) ? target
						: relation.edge().create(source, target, (MapAccessor) Values.value(map.get(ReadCompiler.REL))));
			}
		}
		return values;
	}

	/**
	 * The record of a node item, with the relationship fields selected under it ({@code selection}) registered; null
	 * for a node of no GraphQL type.
	 */
	@SuppressWarnings("unchecked")
	private Object node(RelationField relation, Object item, List<Selected> selection, Prefetched into) {
		Map<String, Object> node = (Map<String, Object>) item;
		Object record = toRecord(relation, node);
		if (record != null && !relation.anyKind()) {
			register(record, relation.target().getSimpleName(), selection, node, into);
		}
		return record;
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
