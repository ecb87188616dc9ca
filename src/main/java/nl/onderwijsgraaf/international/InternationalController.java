package nl.onderwijsgraaf.international;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.problem.Problem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InternationalController {

	private final NodeReader reader;

	InternationalController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Country country(@Argument String id, @Argument String key) {
		return this.reader.lookup(Country.class, id, key);
	}

	@QueryMapping
	Connection<Country> countries(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after) {
		return this.reader.page(Country.class, new ListQuery(where, orderBy), Paging.of(first, after));
	}

	@QueryMapping
	InternationalPractice practice(@Argument String id, @Argument String key) {
		return this.reader.lookup(InternationalPractice.class, id, key);
	}

	@QueryMapping
	Connection<InternationalPractice> practices(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after) {
		return this.reader.page(InternationalPractice.class, new ListQuery(where, orderBy), Paging.of(first, after));
	}

	@BatchMapping(typeName = "Country", field = "attributes")
	Map<Country, List<CountryAttribute>> attributes(List<Country> countries) {
		return this.reader.related(countries, "-[r:HAS_ATTRIBUTE]->", CountryAttribute.class);
	}

	@BatchMapping(typeName = "Country", field = "practices")
	Map<Country, List<InternationalPractice>> countryPractices(List<Country> countries) {
		return this.reader.related(countries, "<-[r:IN_COUNTRY]-", InternationalPractice.class);
	}

	@BatchMapping(typeName = "Country", field = "evidence")
	Map<Country, List<Evidence>> countryEvidence(List<Country> countries) {
		return this.reader.related(countries, "<-[r:DOCUMENTS]-", Evidence.class);
	}

	@BatchMapping(typeName = "InternationalPractice", field = "country")
	Map<InternationalPractice, Country> practiceCountry(List<InternationalPractice> practices) {
		return NodeReader.first(this.reader.related(practices, "-[r:IN_COUNTRY]->", Country.class));
	}

	@BatchMapping(typeName = "InternationalPractice", field = "problems")
	Map<InternationalPractice, List<Problem>> practiceProblems(List<InternationalPractice> practices) {
		return this.reader.related(practices, "-[r:BEARS_ON]->", Problem.class);
	}

	@BatchMapping(typeName = "InternationalPractice", field = "parallels")
	Map<InternationalPractice, List<Intervention>> practiceParallels(List<InternationalPractice> practices) {
		return this.reader.related(practices, "-[r:PARALLEL_TO]->", Intervention.class);
	}

}
