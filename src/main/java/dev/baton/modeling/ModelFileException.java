package dev.baton.modeling;

/**
 * A process or form file that cannot be published; the message names the file and the
 * problem.
 */
public class ModelFileException extends RuntimeException {

	public ModelFileException(String message) {
		super(message);
	}

}
