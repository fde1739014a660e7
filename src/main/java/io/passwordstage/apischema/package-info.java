/**
 * What differs between the authentik schema lines the service serves: the OpenAPI
 * document of each line and the wire shapes of its responses. The top of the service: it
 * may use every feature package, and none uses it.
 */
package io.passwordstage.apischema;
