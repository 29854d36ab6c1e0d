/**
 * The use cases, one service per role's work on the letter's path (intake, extraction and correction, screening
 * and review, reply drafting, sign-off and dispatch, register imports, accounts, calendar). Each owns its
 * transaction, asks the aggregates to take their steps and writes the step's audit event in the same
 * transaction. It depends on the domain only; what it needs of the server ({@code ServerSettings},
 * {@code CentreSettings}) are ports the infrastructure implements.
 */
package com.creditquerydesk.application;
