package com.creditquerydesk.interfaces.rest.common;

/**
 * A person as every actor field of the API shows him: the login he acts under and the name the pages show (issue 17:
 * names, not logins). The server's own work is {@code {"username":"system","displayName":"系统"}}; a login no account
 * has any more keeps its login as its name.
 */
public record PersonView(String username, String displayName) {
}
