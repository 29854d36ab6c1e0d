package com.creditquerydesk.domain.model.candidate;

/**
 * Keyed hashes of a candidate's ID number and name, kept beside the encrypted reading so that a letter can be found by
 * either without storing it in clear (docs/rules.md#R92). Equal inputs give equal keys; without the key nobody can
 * compute them, so the 18-digit space cannot be tried out against the table.
 */
public interface CandidateKeys {

    /** The key of an ID number (of its {@link IdNumber#value()}, normalised by {@link SearchTerm#normaliseId}). */
    String idKey(IdNumber id);

    /** The key of a name, normalised by {@link PersonName#normalise}; empty names have none (null). */
    String nameKey(String name);
}
