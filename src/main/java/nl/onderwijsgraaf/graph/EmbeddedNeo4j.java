package nl.onderwijsgraaf.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community engine inside this process, reachable only through its Bolt connector on loopback: the service
 * talks to it with the ordinary driver, exactly as to a remote server, and tools such as cypher-shell can read the
 * same graph while the service runs.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final DatabaseManagementService dbms;

	private final Path home;

	private final int boltPort;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, int boltPort) {
		this.dbms = dbms;
		this.home = home;
		this.boltPort = boltPort;
	}

	/** Starts an engine on {@code home}; with {@code boltPort} 0 the operating system picks a free port. */
	public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
		Path absoluteHome = home.toAbsolutePath().normalize();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(absoluteHome)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			// Loopback only, so no authentication: nothing outside this machine can reach the connector.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			// Without these an empty store preallocates 256 MiB of transaction log.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
			// Netty's default quiet period makes every shutdown wait ~10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.build();
		int actualPort = actualBoltPort(dbms);
		log.info("Embedded Neo4j started: bolt://{}:{}, data dir {}", LOOPBACK, actualPort, absoluteHome);
		return new EmbeddedNeo4j(dbms, absoluteHome, actualPort);
	}

	private static int actualBoltPort(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	public URI boltUri() {
		return URI.create("bolt://" + LOOPBACK + ":" + this.boltPort);
	}

	public Path home() {
		return this.home;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
