package dev.baton.directory;

/** A person as lists and timelines show them. */
public record PersonRef(String id, String name) {
}
