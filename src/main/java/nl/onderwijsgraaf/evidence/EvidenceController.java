package nl.onderwijsgraaf.evidence;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.Dimension;
import nl.onderwijsgraaf.api.NumberSummary;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.NotAllowedException;
import nl.onderwijsgraaf.api.Provenance;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Evidence, the sources it comes from, and the {@code source} of every provenance in the graph. */
@Controller
class EvidenceController {

	private final NodeReader reader;

	EvidenceController(NodeReader reader) {
		this.reader = reader;
	}

	/**
	 * A curator's note says how a fact was catalogued and what is uncertain about it: not text for teachers, and it
	 * may name files and editorial choices. So, like the audit log, it is for curator tokens only
	 * ({@code UNAUTHENTICATED} without a token, {@code FORBIDDEN} with a reader's); the rest of the item still answers.
	 */
	@SchemaMapping(typeName = "Evidence", field = "note")
	String evidenceNote(Evidence evidence, Principal caller) {
		NotAllowedException.requireRole(caller, "CURATOR", "A curator's note");
		return evidence.note();
	}

	/** A source's curator note, for curator tokens only (see {@link #evidenceNote}). */
	@SchemaMapping(typeName = "Source", field = "note")
	String sourceNote(Source source, Principal caller) {
		NotAllowedException.requireRole(caller, "CURATOR", "A curator's note");
		return source.note();
	}

	/** The figure a budget figure is part of, or another figure for: looked up for all figures of a response at once. */
	@BatchMapping
	Map<Evidence, Evidence> budgetOf(List<Evidence> evidence) {
		List<String> keys = evidence.stream().map(Evidence::budgetOf).filter(java.util.Objects::nonNull).distinct().toList();
		Map<String, Evidence> byKey = this.reader.all(Evidence.class, keys)
			.stream()
			.collect(Collectors.toMap(Evidence::key, Function.identity()));
		return evidence.stream()
			.distinct()
			.filter((e) -> e.budgetOf() != null && byKey.containsKey(e.budgetOf()))
			.collect(Collectors.toMap(Function.identity(), (e) -> byKey.get(e.budgetOf())));
	}

	/** All provenance in a response resolves its sources in one query. */
	@BatchMapping(typeName = "Provenance", field = "source")
	Map<Provenance, Source> provenanceSource(List<Provenance> provenance) {
		Map<String, Source> sources = sourcesOf(provenance);
		return provenance.stream()
			.distinct()
			.filter((p) -> sources.containsKey(p.sourceKey()))
			.collect(Collectors.toMap(Function.identity(), (p) -> sources.get(p.sourceKey())));
	}

	/** A reader cites a publication by its title and a place in it, not by a file name or a source key. */
	@BatchMapping(typeName = "Provenance", field = "label")
	Map<Provenance, String> provenanceLabel(List<Provenance> provenance) {
		Map<String, Source> sources = sourcesOf(provenance);
		return provenance.stream().distinct().collect(Collectors.toMap(Function.identity(), (p) -> {
			Source source = sources.get(p.sourceKey());
			String place = (p.page() != null) ? "p. " + p.page()
					: (p.lines() != null) ? "regels " + p.lines() : (p.row() != null) ? "rij " + p.row() : null;
			String title = (source != null) ? source.title() : p.label();
			return (place != null && source != null) ? title + ", " + place : title;
		}));
	}

	private Map<String, Source> sourcesOf(List<Provenance> provenance) {
		return this.reader.all(Source.class, provenance.stream().map(Provenance::sourceKey).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Source::key, Function.identity()));
	}

	@QueryMapping
	Aggregate evidenceStats(@Argument Map<String, Object> where) {
		return new Aggregate(Evidence.class, where, this.reader);
	}

	@SchemaMapping(typeName = "EvidenceStats")
	List<ValueCount> byKind(Aggregate evidence) {
		return evidence.countBy(Dimension.property("n.kind"));
	}

	@SchemaMapping(typeName = "EvidenceStats")
	List<NumberSummary> figures(Aggregate evidence) {
		return evidence.summarize("WITH n, n.figure AS value, n.unit AS unit", Map.of());
	}

}
