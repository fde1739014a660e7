/**
 * Spring Authorization Server as a small application of its own, for integration tests:
 * outside {@code io.passwordstage} so that no component scan of the service finds it.
 */
package authorizationserver;
