package com.creditquerydesk.domain.model.screening;

/**
 * What a screening counts, without naming anyone, kept in clear beside its encrypted results for the statistics
 * (docs/rules.md#R74).
 *
 * @param hits       candidates whose hit stands: exact hits not overturned and possible hits confirmed
 * @param hitRecords the register records those hits rest on
 * @param overturned exact hits a reviewer overturned
 */
public record ScreeningCounts(int candidates, int hits, int hitRecords, int possibleHits, int overturned) {
}
