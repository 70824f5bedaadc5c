package dev.baton.modeling;

/**
 * A save, publish or delete named a revision of a draft that someone else has replaced
 * meanwhile.
 */
class DraftStaleException extends RuntimeException {

	private final transient DraftStore.Draft current;

	DraftStaleException(DraftStore.Draft current) {
		super("The draft of " + current.key() + " is at revision " + current.revision() + " now");
		this.current = current;
	}

	DraftStore.Draft current() {
		return current;
	}

}
