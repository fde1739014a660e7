package io.passwordstage.web;

/**
 * A response object that carries a strong {@code ETag} (a password stage, flow, binding
 * or stage): {@link EntityTags} tags it and answers {@code If-None-Match} and
 * {@code If-Match} with it.
 */
public interface Tagged {

}
