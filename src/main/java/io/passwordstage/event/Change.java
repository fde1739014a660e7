package io.passwordstage.event;

import java.util.Map;

/**
 * What a write did: the object as it is now ({@code null} after a delete) and the fields
 * it changed, as its audit event records them (authentik's {@code context.diff}).
 */
public record Change<T>(T object, Map<String, Object> diff) {

}
