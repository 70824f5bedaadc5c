package dev.baton.directory;

/** What a person may do in Baton, beyond approving: everyone is an employee. */
public enum SystemRole {
    EMPLOYEE, DESIGNER, ANALYST, ADMIN
}
