package dev.baton.directory;

import java.util.Optional;

public interface Accounts {
    Optional<LoginAccount> findByLogin(String login);
}
