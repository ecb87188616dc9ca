package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** One parsed seed file: its name and its top-level mapping of kind key to entries. */
record SeedFile(String name, Map<?, ?> content) {

	/** Reads every {@code *.yaml} file at {@code location} (a Spring resource location such as {@code file:graph-seed/}). */
	static List<SeedFile> readAll(String location) {
		String pattern = (location.endsWith("/") ? location : location + "/") + "*.yaml";
		Resource[] resources;
		try {
			resources = new PathMatchingResourcePatternResolver().getResources(pattern);
		}
		catch (IOException ex) {
			throw new SeedException("cannot list the seed files at " + pattern, ex);
		}
		if (resources.length == 0) {
			throw new SeedException(List.of("no seed files (*.yaml) found at " + location));
		}
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		List<SeedFile> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Resource resource : resources) {
			String name = resource.getFilename();
			try {
				Object parsed = yaml().load(resource.getContentAsString(StandardCharsets.UTF_8));
				if (parsed instanceof Map<?, ?> map) {
					files.add(new SeedFile(name, map));
				}
				else {
					problems.add(name + ": must be a mapping of a kind (e.g. 'problems:') to a list of entries");
				}
			}
			catch (YAMLException ex) {
				problems.add(name + ": malformed YAML: " + ex.getMessage().replaceAll("\\s+", " "));
			}
			catch (IOException ex) {
				problems.add(name + ": cannot be read: " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return files;
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options));
	}

}
