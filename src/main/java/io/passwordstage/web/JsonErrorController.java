package io.passwordstage.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the controllers (container, filters) are JSON too, never an HTML
 * page.
 */
@RestController
class JsonErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = switch (status) {
			case NOT_FOUND -> ErrorTexts.NOT_FOUND;
			case BAD_REQUEST -> ErrorTexts.MALFORMED;
			case INTERNAL_SERVER_ERROR -> ErrorTexts.SERVER_ERROR;
			default -> status.getReasonPhrase() + ".";
		};
		return ApiErrorHandler.detail(status, detail);
	}

}
