package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.RequestDispatcher;
import nl.onderwijsgraaf.api.ErrorCode;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before the application sees them (headers or a request line over the size limit, a
 * request line that is not HTTP) are answered like every other refusal, as a GraphQL-shaped JSON error with a code,
 * instead of Tomcat's HTML page. Why the host's error report valve: those requests never reach a servlet, so
 * Boot's error page cannot answer them.
 */
@Component
class ConnectorRefusals implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(JsonErrorReportValve.class.getName()));
	}

	/** Tomcat's error report as {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}. */
	public static class JsonErrorReportValve extends ErrorReportValve {

		private static final Logger log = LoggerFactory.getLogger(ConnectorRefusals.class);

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Throwable cause = (throwable != null) ? throwable
					: (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			boolean tooLarge = cause != null && String.valueOf(cause.getMessage()).contains("too large");
			ErrorCode code = tooLarge ? ErrorCode.REQUEST_HEADER_TOO_LARGE : HttpErrors.codeOf(status);
			String message = tooLarge ? "The request line or headers are too large (at most 8 KB together)"
					: "The request could not be read as HTTP";
			log.info("Refused at the connector: HTTP {} {}", status, code);
			try {
				response.setContentType("application/json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code
							+ "\"}}]}");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone; nothing to report to
			}
		}

	}

}
