package nl.onderwijsgraaf.curation;

import java.lang.reflect.Method;
import java.security.Principal;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Who makes a change, for the audit log: the authenticated principal of Spring Security when the service runs with
 * it, else the GraphQL context's {@code curator} (set by an interceptor or a test), else {@code anonymous}. Read
 * reflectively so that curation needs no compile-time dependency on Spring Security.
 */
final class Curators {

	private static final String SECURITY_CONTEXT = "org.springframework.security.core.context.SecurityContextHolder";

	private static final Method GET_CONTEXT = method(SECURITY_CONTEXT, "getContext");

	private static final Method GET_AUTHENTICATION = method("org.springframework.security.core.context.SecurityContext",
			"getAuthentication");

	private Curators() {
	}

	static String of(DataFetchingEnvironment env) {
		String principal = securityPrincipal();
		if (principal != null) {
			return principal;
		}
		Object curator = env.getGraphQlContext().get("curator");
		return (curator != null) ? curator.toString() : "anonymous";
	}

	private static String securityPrincipal() {
		if (GET_CONTEXT == null || GET_AUTHENTICATION == null) {
			return null;
		}
		try {
			Object authentication = GET_AUTHENTICATION.invoke(GET_CONTEXT.invoke(null));
			return (authentication instanceof Principal principal && !"anonymousUser".equals(principal.getName()))
					? principal.getName() : null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	private static Method method(String type, String name) {
		if (!ClassUtils.isPresent(type, Curators.class.getClassLoader())) {
			return null;
		}
		try {
			return ClassUtils.forName(type, Curators.class.getClassLoader()).getMethod(name);
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

}
