package com.creditquerydesk.domain.model.user;

/** Turns a password into the string stored on the account, and checks a password against it. */
public interface PasswordHashing {

    String hash(char[] password);

    boolean verify(char[] password, String stored);
}
