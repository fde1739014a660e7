package io.passwordstage.web;

/**
 * The Bean Validation group of the rules a create or a full update (PUT) adds to a
 * partial update's: the keys DRF requires.
 */
public interface WholeBody {

}
