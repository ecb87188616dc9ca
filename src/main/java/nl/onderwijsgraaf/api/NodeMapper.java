package nl.onderwijsgraaf.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Maps node properties onto records by component name, so that each feature's model is just a record. A component
 * {@code key} reads the node's {@code key} property where it has one, else its {@code id}; {@code provenance} is
 * parsed into {@link Provenance}; {@code version} is 1 on nodes no curator changed yet; absent properties become null,
 * or an empty list.
 */
public final class NodeMapper {

	private static final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

	private NodeMapper() {
	}

	public static <T> T map(MapAccessor node, Class<T> type) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = value(node, components[i]);
		}
		try {
			return type.cast(constructor(type, components).newInstance(values));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot create " + type.getSimpleName() + " from a node", ex);
		}
	}

	private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
		return constructors.computeIfAbsent(type, (t) -> {
			Class<?>[] parameterTypes = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				parameterTypes[i] = components[i].getType();
			}
			try {
				return t.getDeclaredConstructor(parameterTypes);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(t + " has no canonical constructor", ex);
			}
		});
	}

	private static Object value(MapAccessor node, RecordComponent component) {
		String name = component.getName();
		Class<?> type = component.getType();
		if (name.equals("key")) {
			return node.containsKey("key") ? node.get("key").asString() : node.get("id").asString();
		}
		Value value = node.get(name);
		if (name.equals("version")) {
			// read with the node's other properties, so a client's version always matches the data it read
			return value.isNull() ? 1 : value.asInt();
		}
		if (type == List.class) {
			if (value.isNull()) {
				return List.of();
			}
			List<String> texts = value.asList(Value::asString);
			return isListOf(component, Provenance.class) ? Provenance.parseAll(texts) : texts;
		}
		if (value.isNull()) {
			return null;
		}
		if (type == String.class) {
			return String.valueOf(value.asObject());
		}
		if (type == Integer.class || type == int.class) {
			return value.asNumber().intValue();
		}
		if (type == Double.class || type == double.class) {
			return value.asNumber().doubleValue();
		}
		if (type == Boolean.class || type == boolean.class) {
			return value.asBoolean();
		}
		throw new IllegalStateException("Unsupported record component type " + type + " for " + name);
	}

	private static boolean isListOf(RecordComponent component, Class<?> element) {
		return component.getGenericType() instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] == element;
	}

}
