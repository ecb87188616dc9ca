package nl.onderwijsgraaf.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors the HTTP layer answers before GraphQL runs (a body that is not JSON, a wrong method or media type, a
 * forbidden path) carry, besides Boot's usual fields, a GraphQL-shaped {@code errors} entry with a stable
 * {@code extensions.code}, so that every error a client can get has one.
 */
@Component
class HttpErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		int status = (attributes.get("status") instanceof Integer given) ? given : 500;
		String code = HttpErrors.codeOf(status).name();
		String message = (status == 400) ? HttpErrors.ONE_JSON_OBJECT : String.valueOf(attributes.get("error"));
		attributes.put("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
		return attributes;
	}

}
