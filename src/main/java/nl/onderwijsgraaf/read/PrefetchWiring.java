package nl.onderwijsgraaf.read;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.Projection;
import nl.onderwijsgraaf.api.WhereGrammar;
import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.model.GraphModel;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the read compiler between graphql-java and the controllers: each field of {@code Query} loads, after its own
 * logic ran, the relationship fields selected under its answer in one query per kind of node
 * ({@link RelationReads}), and each relationship field the compiler knows returns that value when it is there,
 * falling back to its controller's batch loading otherwise (under a mutation's answer, say), or, for a nested list
 * with arguments or a page of one, to the compiled read of its own node. The controllers stay as they are.
 */
@Configuration(proxyBeanMethods = false)
class PrefetchWiring {

	@Bean
	RelationReads relationReads(GraphReads reads, GraphTypes types, WhereGrammar grammar) {
		return new RelationReads(
				new ReadCompiler(RelationFields.of(GraphModel.graph(), types), GraphModel.graph(), grammar), reads, types);
	}

	/**
	 * Root reads project the selection by the compiler's rule (see {@link Projection}), relationship fields included;
	 * what they read of those is kept for the operation ({@link ReadAlong}) and taken up by {@link RelationReads}.
	 */
	@Bean
	Projection selectedProperties(RelationReads relations) {
		return (type, variable, env, connection) -> {
			List<Selected> fields = Selected.of(env.getSelectionSet());
			if (connection) {
				// the fields selected under every `edges { node }`, whatever their aliases
				fields = fields.stream().filter((f) -> f.name().equals("edges"))
					.flatMap((edges) -> edges.children().stream())
					.filter((f) -> f.name().equals("node"))
					.flatMap((node) -> node.children().stream())
					.toList();
			}
			ReadCompiler.ReadQuery projection = relations.compiler().projection(type, variable, fields);
			ReadAlong along = ReadAlong.of(env.getGraphQlContext());
			return new Projection.Read(projection.cypher(), projection.parameters(), along::put);
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer prefetchedRelations(RelationReads relations) {
		return (builder) -> builder.typeVisitors(List.of(new Decorator(relations)));
	}

	private static final class Decorator extends GraphQLTypeVisitorStub {

		private final RelationReads relations;

		Decorator(RelationReads relations) {
			this.relations = relations;
		}

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (!(context.getParentNode() instanceof GraphQLFieldsContainer parent)) {
				return TraversalControl.CONTINUE;
			}
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			FieldCoordinates coordinates = FieldCoordinates.coordinates(parent.getName(), field.getName());
			DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
			if (parent.getName().equals("Query")) {
				registry.dataFetcher(coordinates, (DataFetcher<?>) (env) -> prefetch(original.get(env), env));
			}
			else if (this.relations.compiler().relation(parent.getName(), field.getName()) != null) {
				registry.dataFetcher(coordinates, (DataFetcher<?>) (env) -> prefetched(original, env, this.relations));
			}
			return TraversalControl.CONTINUE;
		}

		private Object prefetch(Object answer, DataFetchingEnvironment env) {
			if (answer instanceof CompletionStage<?> later) {
				return later.thenApply((value) -> prefetch(value, env));
			}
			Object data = (answer instanceof DataFetcherResult<?> result) ? result.getData() : answer;
			if (data == null) {
				return answer;
			}
			Prefetched prefetched = new Prefetched();
			this.relations.load(data, Selected.of(env.getSelectionSet()), prefetched,
					ReadAlong.of(env.getGraphQlContext()));
			if (prefetched.isEmpty()) {
				return answer;
			}
			DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().data(data).localContext(prefetched);
			if (answer instanceof DataFetcherResult<?> given) {
				result.errors(given.getErrors());
			}
			return result.build();
		}

		/**
		 * The field's prefetched value; else its batch loader, unless it has arguments (a nested list's
		 * {@code where}, {@code first}…, which a batch shared by every occurrence of the field cannot tell apart) or
		 * is a {@code <field>Connection}: the compiled read then loads it for this node alone, with the fields
		 * under it.
		 */
		private static Object prefetched(DataFetcher<?> original, DataFetchingEnvironment env, RelationReads relations)
				throws Exception {
			String resultKey = env.getField().getResultKey();
			if (env.getLocalContext() instanceof Prefetched prefetched) {
				Object value = prefetched.get(env.getSource(), resultKey);
				if (value != Prefetched.ABSENT) {
					return value;
				}
			}
			boolean connection = relations.compiler()
				.relation(((GraphQLFieldsContainer) env.getParentType()).getName(), env.getField().getName())
				.connection();
			boolean argued = env.getArguments().values().stream()
				.anyMatch((value) -> value != null && !(value instanceof List<?> list && list.isEmpty()));
			if (!connection && !argued) {
				return original.get(env);
			}
			Prefetched own = new Prefetched();
			Selected field = new Selected(env.getField().getName(), resultKey, Set.of(),
					Selected.of(env.getSelectionSet()), env.getArguments());
			relations.load(env.getSource(), List.of(field), own, new ReadAlong());
			Object value = own.get(env.getSource(), resultKey);
			return DataFetcherResult.newResult().data((value != Prefetched.ABSENT) ? value : null).localContext(own).build();
		}

	}

}
