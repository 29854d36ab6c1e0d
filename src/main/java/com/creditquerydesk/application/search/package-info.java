/**
 * Finding things again: the search keys of candidates' IDs and names (their start-up backfill) and the auditor's
 * filtered trail and its table export (docs/rules.md#R92–#R94).
 */
package com.creditquerydesk.application.search;
