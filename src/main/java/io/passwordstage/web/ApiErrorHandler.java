package io.passwordstage.web;

import java.util.Map;

import io.passwordstage.persistence.CommitOutcomeUnknownException;
import io.passwordstage.persistence.LostConnection;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every failure in authentik's shapes: {@code {"field": [...]}} or
 * {@code {"detail": "..."}}.
 */
@RestControllerAdvice
class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	@ExceptionHandler(ValidationFailedException.class)
	ResponseEntity<Map<String, Object>> validation(ValidationFailedException ex) {
		return ResponseEntity.badRequest().body(ex.errors());
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, String>> api(ApiException ex) {
		return ResponseEntity.status(ex.status()).body(ex.body());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException ex) {
		return detail(HttpStatus.METHOD_NOT_ALLOWED, ErrorTexts.methodNotAllowed(ex.getMethod()));
	}

	@ExceptionHandler({ NoResourceFoundException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<Map<String, String>> notFound() {
		return detail(HttpStatus.NOT_FOUND, ErrorTexts.NOT_FOUND);
	}

	/**
	 * A query string that cannot be decoded (e.g. {@code %zz}); its text may hold a
	 * secret, so it is not logged.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Map<String, String>> malformedQuery() {
		return detail(HttpStatus.BAD_REQUEST, ErrorTexts.MALFORMED);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, String>> mediaType(HttpServletRequest request) {
		return detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorTexts.unsupportedMediaType(request.getContentType()));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, String>> notAcceptable() {
		return detail(HttpStatus.NOT_ACCEPTABLE, ErrorTexts.NOT_ACCEPTABLE);
	}

	/**
	 * The connection was lost while PostgreSQL committed: the write may have been stored,
	 * so the client is told to read before it retries.
	 */
	@ExceptionHandler(CommitOutcomeUnknownException.class)
	ResponseEntity<Map<String, String>> commitOutcomeUnknown(Exception ex, HttpServletRequest request) {
		RequestIdFilter.unavailable(request, "commit outcome unknown, " + LostConnection.describe(ex));
		return detail(HttpStatus.SERVICE_UNAVAILABLE, ErrorTexts.COMMIT_OUTCOME_UNKNOWN);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ResponseEntity<Map<String, String>> databaseDown(Exception ex, HttpServletRequest request) {
		RequestIdFilter.unavailable(request, LostConnection.describe(ex));
		return detail(HttpStatus.SERVICE_UNAVAILABLE, ErrorTexts.DATABASE_UNAVAILABLE);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex, HttpServletRequest request) {
		if (LostConnection.causedBy(ex)) {
			return databaseDown(ex, request);
		}
		log.error("unexpected failure (request {})", RequestIdFilter.of(request), ex);
		return detail(HttpStatus.INTERNAL_SERVER_ERROR, ErrorTexts.SERVER_ERROR);
	}

	static ResponseEntity<Map<String, String>> detail(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(Map.of("detail", detail));
	}

}
