package io.passwordstage.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for requests it rejects before the application sees them (malformed
 * paths, oversized headers): a JSON {@code {"detail": ...}} instead of an HTML page.
 * Public, as Tomcat creates it by its class name.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String detail = switch (status) {
			case 400 -> ErrorTexts.MALFORMED;
			case 404 -> ErrorTexts.NOT_FOUND;
			case 413 -> ErrorTexts.REQUEST_TOO_LARGE;
			default -> status >= 500 ? ErrorTexts.SERVER_ERROR : ErrorTexts.REQUEST_REJECTED;
		};
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JsonErrors.body(detail));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing more to send
		}
	}

}
