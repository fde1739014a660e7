/**
 * Flows and the entity graph around them: the flow, the base stage every stage kind
 * extends, the flow-stage binding and the policy-binding-model row. They reference each
 * other (a stage holds its bindings, a binding its flow and stage), so they live in one
 * package; {@code stage/} and {@code binding/} build on it, and it depends on neither.
 */
package io.passwordstage.flow;
