package nl.onderwijsgraaf.read;

import java.util.List;
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
import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.model.GraphModel;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the read compiler between graphql-java and the controllers: each field of {@code Query} loads, after its own
 * logic ran, the relationship fields selected under its answer in one query per kind of node
 * ({@link RelationReads}), and each relationship field the compiler knows returns that value when it is there,
 * falling back to its controller's batch loading otherwise (under a mutation's answer, say). The controllers stay
 * as they are.
 */
@Configuration(proxyBeanMethods = false)
class PrefetchWiring {

	@Bean
	RelationReads relationReads(GraphReads reads, GraphTypes types) {
		return new RelationReads(new ReadCompiler(RelationFields.of(GraphModel.graph(), types), GraphModel.graph()), reads, types);
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
				registry.dataFetcher(coordinates, (DataFetcher<?>) (env) -> prefetched(original, env));
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
			this.relations.load(data, Selected.of(env.getSelectionSet()), prefetched);
			if (prefetched.isEmpty()) {
				return answer;
			}
			DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().data(data).localContext(prefetched);
			if (answer instanceof DataFetcherResult<?> given) {
				result.errors(given.getErrors());
			}
			return result.build();
		}

		private static Object prefetched(DataFetcher<?> original, DataFetchingEnvironment env) throws Exception {
			if (env.getLocalContext() instanceof Prefetched prefetched) {
				Object value = prefetched.get(env.getSource(), env.getField().getResultKey());
				if (value != Prefetched.ABSENT) {
					return value;
				}
			}
			return original.get(env);
		}

	}

}
