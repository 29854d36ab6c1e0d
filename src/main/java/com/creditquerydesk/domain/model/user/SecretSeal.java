package com.creditquerydesk.domain.model.user;

/** Seals a secret for storage with a key kept outside the database, and opens it again (docs/rules.md#R24). */
public interface SecretSeal {

    String seal(String secret);

    String open(String sealed);
}
