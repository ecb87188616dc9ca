package nl.onderwijsgraaf.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The schema of schema/graphql, built without the service (no engine, no wiring), for tests of what reads it. */
public final class SdlSchema {

	private SdlSchema() {
	}

	/** The SDL files with {@code extraSdl} (e.g. {@code extend type Problem { x: Int }}) merged in. */
	public static GraphQLSchema load(String... extraSdl) {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		try (Stream<Path> files = Files.list(Path.of("schema/graphql"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(parser.parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String sdl : extraSdl) {
			registry.merge(parser.parse(sdl));
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
