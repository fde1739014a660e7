package io.passwordstage.web;

/**
 * Every error text the service sends, in one place: DRF's and Django's field messages
 * (also the messages of the Bean Validation constraints, which interpolate
 * {@code {value}} and {@code ${validatedValue}}), authentik's request-level details, and
 * the service's own.
 */
public final class ErrorTexts {

	public static final String REQUIRED = "This field is required.";

	public static final String NOT_NULL = "This field may not be null.";

	public static final String NOT_BLANK = "This field may not be blank.";

	public static final String LIST_EMPTY = "This list may not be empty.";

	public static final String NOT_A_STRING = "Not a valid string.";

	public static final String MAX_LENGTH = "Ensure this field has no more than {value} characters.";

	public static final String NULL_CHARACTERS = "Null characters are not allowed.";

	public static final String SURROGATE_CHARACTERS = "Surrogate characters are not allowed: U+{codePoint}.";

	public static final String INVALID_CHOICE = "\"${validatedValue}\" is not a valid choice.";

	public static final String SLUG = "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.";

	/** 2026.2's slug text: Django's own validator, with curly quotes. */
	public static final String SLUG_2026 = "Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.";

	public static final String INTEGER_REQUIRED = "A valid integer is required.";

	public static final String INTEGER_TOO_LONG = "String value too large.";

	public static final String MAX_VALUE = "Ensure this value is less than or equal to {value}.";

	public static final String MIN_VALUE = "Ensure this value is greater than or equal to {value}.";

	public static final String BOOLEAN = "Must be a valid boolean.";

	public static final String DATETIME = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

	public static final String NO_DATA = "No data provided";

	public static final String FILTER_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

	public static final String FILTER_NUMBER = "Enter a number.";

	public static final String FILTER_UUID = "Enter a valid UUID.";

	public static final String NO_FLOW = "No Flow matches the given query.";

	public static final String BINDING_NOT_UNIQUE = "The fields target, stage, order must make a unique set.";

	public static final String BINDING_NOT_EVALUATED = "Either evaluation on plan or evaluation on run must be enabled";

	public static final String STAGE_NAME_TAKEN = "stage with this name already exists.";

	public static final String FLOW_SLUG_TAKEN = "Flow with this slug already exists.";

	public static final String ROLE_NAME_TAKEN = "Role with this name already exists.";

	/** authentik's RequiredTogetherValidator on a permission assignment. */
	public static final String MODEL_AND_OBJECT_PK = "The fields model, object_pk must be used together.";

	public static final String ASSIGN_TO_INTERNAL_ACCOUNT = "Permissions cannot be assigned to an internal service account.";

	public static final String UNASSIGN_FROM_INTERNAL_ACCOUNT = "Permissions cannot be unassigned from an internal service account.";

	public static final String GLOBAL_CODENAME = "When assigning global permissions, codename must be given as app_label.codename";

	public static final String TOKEN_IDENTIFIER_TAKEN = "Token with this identifier already exists.";

	public static final String NOT_FOUND = "Not found.";

	public static final String PRECONDITION_FAILED = "The object has changed since it was read: If-Match does not match its ETag.";

	public static final String INVALID_PAGE = "Invalid page.";

	public static final String NO_PASSWORD_STAGE = "No PasswordStage matches the given query.";

	public static final String NO_STAGE = "No Stage matches the given query.";

	public static final String NO_FLOW_STAGE_BINDING = "No FlowStageBinding matches the given query.";

	public static final String NO_TOKEN = "No Token matches the given query.";

	public static final String REQUEST_TOO_LARGE = "Request is too large.";

	public static final String REQUEST_REJECTED = "Request rejected.";

	public static final String MALFORMED = "Malformed request.";

	public static final String SERVER_ERROR = "A server error occurred.";

	public static final String DATABASE_UNAVAILABLE = "The database is unavailable; try again shortly.";

	public static final String COMMIT_OUTCOME_UNKNOWN = "The connection to the database was lost while this write was"
			+ " being committed: it may or may not have been saved. Read the object before you retry.";

	public static final String TOO_MANY_PENDING_BODIES = "Too many requests are still sending their bodies; try again shortly.";

	public static final String NOT_ACCEPTABLE = "Could not satisfy the request Accept header.";

	public static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";

	public static final String PERMISSION_DENIED = "You do not have permission to perform this action.";

	public static final String UNSUPPORTED_AUTHENTICATION = "Unsupported authentication type";

	public static final String TOKEN_INVALID = "Token invalid/expired";

	private ErrorTexts() {
	}

	/** A body not received whole within the service's deadline (408). */
	public static String requestTimeout(java.time.Duration deadline) {
		return "The request was not received whole within " + deadline.toSeconds() + " seconds.";
	}

	/** {@code Unsupported media type "..." in request.} */
	public static String unsupportedMediaType(String contentType) {
		return "Unsupported media type \"" + (contentType == null ? "" : contentType) + "\" in request.";
	}

	/** django-filter's ChoiceFilter text, which names the value. */
	public static String filterChoice(String value) {
		return "Select a valid choice. " + value + " is not one of the available choices.";
	}

	/** Django's text for a malformed uuid: {@code “foo” is not a valid UUID.} */
	public static String notAUuid(String value) {
		return "\u201c" + value + "\u201d is not a valid UUID.";
	}

	/** DRF's text for a related object that does not exist. */
	public static String invalidPk(String pk) {
		return "Invalid pk \"" + pk + "\" - object does not exist.";
	}

	/**
	 * A model of authentik's that this service does not have: nothing of it can be
	 * assigned.
	 */
	public static String modelNotServed(String model) {
		return "\"" + model + "\" is not a model of this service.";
	}

	/** A permission this service does not know (of {@code model}, when one is given). */
	public static String unknownPermission(String permission, String model) {
		return "\"" + permission + "\" is not a permission "
				+ (model == null ? "of this service." : "of " + model + ".");
	}

	/** {@code Method "..." not allowed.} */
	public static String methodNotAllowed(String method) {
		return "Method \"" + method + "\" not allowed.";
	}

}
