package com.creditquerydesk.domain.model.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    Optional<User> find(long id);

    List<User> findAll();

    List<User> findActiveWithRole(Role role);

    User store(User user);
}
