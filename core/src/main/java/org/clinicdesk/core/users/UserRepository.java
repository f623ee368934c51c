package org.clinicdesk.core.users;

import java.util.List;
import java.util.Optional;

/** Outgoing port: where users are kept. */
public interface UserRepository {
    void save(User user);

    Optional<User> findByUsername(String username);

    List<User> all();

    long count();
}
