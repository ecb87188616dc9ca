// The peer: @neo4j/graphql 7 behind Apollo Server, on the same Neo4j the project uses (its embedded Bolt port).
// Usage: node server.mjs TYPEDEFS.graphql BOLT_URI PORT
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const [typeDefsFile, boltUri, port] = process.argv.slice(2);
const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? "unused"), { maxConnectionPoolSize: 32 });
const neoSchema = new Neo4jGraphQL({ typeDefs: readFileSync(typeDefsFile, "utf8"), driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
console.log(`peer ready at ${url}`);
