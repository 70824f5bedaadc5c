package dev.baton.directory;

/** A change to the organisation that was refused; the message says why in one English sentence. */
public class DirectoryChangeException extends RuntimeException {

    public DirectoryChangeException(String message) {
        super(message);
    }
}
