package dev.baton.modeling;

/**
 * One word of a condition, as {@link ExpressionTokenizer} reads it; {@code value} holds a
 * literal's value.
 */
record ExpressionToken(Kind kind, String text, Object value) {

	enum Kind {

		NUMBER, STRING, IDENT, OP, END

	}

	/** Whether this is the operator or keyword {@code word}. */
	boolean is(String word) {
		return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(word);
	}
}
