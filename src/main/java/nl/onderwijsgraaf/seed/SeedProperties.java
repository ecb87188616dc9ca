package nl.onderwijsgraaf.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the seed comes from and whether to load it again.
 *
 * @param location Spring resource location of the seed files (default: the copy of graph-seed/ in the jar)
 * @param reload load the seed at start even when the graph already holds one
 */
@ConfigurationProperties("onderwijsgraaf.seed")
public record SeedProperties(String location, boolean reload) {

	public SeedProperties {
		location = (location != null) ? location : "classpath:graph-seed/";
	}

}
