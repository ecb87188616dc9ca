package nl.onderwijsgraaf.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The values of the SDL's enums, read from the schema files on the class path: the SDL is the one declaration of an
 * enum, which the seed and curation check values against without a running GraphQL engine.
 */
final class SchemaEnums {

	private static final String LOCATION = "classpath*:schema/graphql/*.graphqls";

	private static volatile Map<String, List<String>> values;

	private SchemaEnums() {
	}

	static List<String> of(String enumType) {
		List<String> found = all().get(enumType);
		if (found == null) {
			throw new IllegalStateException("The SDL (" + LOCATION + ") has no enum " + enumType);
		}
		return found;
	}

	private static Map<String, List<String>> all() {
		if (values == null) {
			values = read();
		}
		return values;
	}

	private static Map<String, List<String>> read() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		try {
			// one file per name, the first on the class path: a class path may hold the schema twice (classes and jar)
			Map<String, Resource> files = new LinkedHashMap<>();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				files.putIfAbsent(file.getFilename(), file);
			}
			for (Resource file : files.values()) {
				registry.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the SDL at " + LOCATION, ex);
		}
		Map<String, List<String>> enums = new LinkedHashMap<>();
		registry.getTypes(EnumTypeDefinition.class).forEach((type) -> enums.put(type.getName(),
				type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList()));
		return Map.copyOf(enums);
	}

}
