package com.creditquerydesk.domain.model.sequence;

/**
 * Gap-free running numbers (receipt numbers per year, reply numbers per year). A number is taken
 * inside the caller's transaction: if that transaction rolls back, so does the allocation.
 */
public interface NumberSequences {

    int next(String sequenceName);
}
