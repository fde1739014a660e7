/** What the entities of every feature share. */
package io.passwordstage.persistence;
