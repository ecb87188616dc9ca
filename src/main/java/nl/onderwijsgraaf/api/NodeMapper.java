package nl.onderwijsgraaf.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;

/**
 * Maps node properties onto records by component name, so that each feature's model is just a record. A component
 * {@code key} reads the node's {@code key} property where it has one, else its {@code id}; {@code provenance} is
 * parsed into {@link Provenance}; {@code version} is 1 on nodes no curator changed yet; absent properties become null,
 * or an empty list. What reflection tells about a record type is worked out once per type: every node of every read
 * passes through here, and asking reflection again each time was a large share of a request's cost.
 */
public final class NodeMapper {

	private static final Map<Class<?>, RecordPlan> plans = new ConcurrentHashMap<>();

	private NodeMapper() {
	}

	public static <T> T map(MapAccessor node, Class<T> type) {
		return map(Properties.of(node::containsKey, node::get), type);
	}

	/**
	 * Like {@link #map(MapAccessor, Class)}, from a map of plain Java values as {@code GraphReads.rows} gives them;
	 * only the record's components are converted, so nested values beside them (a compiled read's relationship
	 * fields) are not copied.
	 */
	public static <T> T map(Map<String, Object> node, Class<T> type) {
		return map(Properties.of(node::containsKey, (name) -> Values.value(node.get(name))), type);
	}

	private static <T> T map(Properties node, Class<T> type) {
		RecordPlan plan = plans.computeIfAbsent(type, RecordPlan::of);
		Object[] values = new Object[plan.components().length];
		for (int i = 0; i < values.length; i++) {
			values[i] = plan.components()[i].read(node);
		}
		try {
			return type.cast(plan.constructor().newInstance(values));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot create " + type.getSimpleName() + " from a node", ex);
		}
	}

	/** A node's properties by name, whatever holds them. */
	private interface Properties {

		boolean has(String name);

		/** The property {@code name}; a null value when absent. */
		Value get(String name);

		static Properties of(Predicate<String> has, Function<String, Value> get) {
			return new Properties() {
				@Override
				public boolean has(String name) {
					return has.test(name);
				}

				@Override
				public Value get(String name) {
					return get.apply(name);
				}
			};
		}

	}

	/** A record type's canonical constructor and how to read each of its components from a node. */
	private record RecordPlan(Constructor<?> constructor, ComponentPlan[] components) {

		static RecordPlan of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] parameterTypes = new Class<?>[components.length];
			ComponentPlan[] plans = new ComponentPlan[components.length];
			for (int i = 0; i < components.length; i++) {
				parameterTypes[i] = components[i].getType();
				plans[i] = new ComponentPlan(components[i].getName(), components[i].getType(),
						isListOf(components[i], Provenance.class));
			}
			try {
				return new RecordPlan(type.getDeclaredConstructor(parameterTypes), plans);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(type + " has no canonical constructor", ex);
			}
		}

		private static boolean isListOf(RecordComponent component, Class<?> element) {
			return component.getGenericType() instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] == element;
		}

	}

	private record ComponentPlan(String name, Class<?> type, boolean provenanceList) {

		Object read(Properties node) {
			if (this.name.equals("key")) {
				return node.has("key") ? node.get("key").asString() : node.get("id").asString();
			}
			Value value = node.get(this.name);
			if (this.name.equals("version")) {
				// read with the node's other properties, so a client's version always matches the data it read
				return value.isNull() ? 1 : value.asInt();
			}
			if (this.type == List.class) {
				if (value.isNull()) {
					return List.of();
				}
				List<String> texts = value.asList(Value::asString);
				return this.provenanceList ? Provenance.parseAll(texts) : texts;
			}
			if (value.isNull()) {
				return null;
			}
			if (this.type == String.class) {
				return String.valueOf(value.asObject());
			}
			if (this.type == Integer.class || this.type == int.class) {
				return value.asNumber().intValue();
			}
			if (this.type == Double.class || this.type == double.class) {
				return value.asNumber().doubleValue();
			}
			if (this.type == Boolean.class || this.type == boolean.class) {
				return value.asBoolean();
			}
			throw new IllegalStateException("Unsupported record component type " + this.type + " for " + this.name);
		}

	}

}
