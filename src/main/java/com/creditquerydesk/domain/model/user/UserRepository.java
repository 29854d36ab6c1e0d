package com.creditquerydesk.domain.model.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    Optional<User> find(long id);

    /**
     * The account, locked until the transaction ends: two answers with one person's codes at once are judged one
     * after the other, so that each authenticator step is used once (docs/rules.md#R24) and neither gets a conflict.
     */
    Optional<User> findForUpdate(long id);

    List<User> findAll();

    List<User> findActiveWithRole(Role role);

    User store(User user);

    /** The login's person as the trail's details name him ({@link User#nameAndLogin}), or the login if none has it. */
    default String nameAndLogin(String username) {
        return findByUsername(username).map(User::nameAndLogin).orElse(username);
    }

    /** Whether the account's line in the 联络表 gives it this duty (docs/rules.md#R79). */
    default boolean hasDuty(String username, ContactDuty duty) {
        return findByUsername(username).flatMap(User::contactDuty).filter(d -> d == duty).isPresent();
    }
}
