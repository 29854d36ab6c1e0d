package com.creditquerydesk.application;

/**
 * Fired once at start-up when the schema is current: demo data is created and unfinished jobs resume on it.
 *
 * @param demo whether the server runs in demo mode
 */
public record DatabaseReady(boolean demo) {
}
