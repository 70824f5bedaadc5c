package dev.baton.directory;

import java.util.Set;

public record LoginAccount(String userId, String passwordHash, boolean active, Set<SystemRole> systemRoles) {
}
