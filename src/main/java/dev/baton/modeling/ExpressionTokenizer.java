package dev.baton.modeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.baton.modeling.ExpressionToken.Kind;

/**
 * Cuts the body of a condition (the text between {@code ${} and {@code }}) into numbers,
 * quoted texts, names and operators. Any character outside the subset is refused here
 * already, so the parser never sees it.
 */
final class ExpressionTokenizer {

	private static final List<String> TWO_CHARACTER_OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||");

	private static final String ONE_CHARACTER_OPERATORS = "<>!+-*/%()?:.[]";

	private static final int MAX_DECIMAL_LENGTH = 40;

	private final String source;

	private final List<ExpressionToken> tokens = new ArrayList<>();

	private int i;

	private ExpressionTokenizer(String source) {
		this.source = source;
	}

	/**
	 * The tokens of {@code source}, ending with one {@link Kind#END} token.
	 * @throws SafeExpression.Unsupported on a character, number or text the subset does
	 * not allow
	 */
	static List<ExpressionToken> tokenize(String source) {
		ExpressionTokenizer tokenizer = new ExpressionTokenizer(source);
		tokenizer.readAll();
		return tokenizer.tokens;
	}

	private void readAll() {
		while (i < source.length()) {
			char c = source.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isDigit(c) || (c == '.' && isDigitAt(i + 1))) {
				readNumber();
			}
			else if (c == '\'' || c == '"') {
				readQuoted(c);
			}
			else if (Character.isJavaIdentifierStart(c)) {
				readName();
			}
			else {
				readOperator(c);
			}
		}
		tokens.add(new ExpressionToken(Kind.END, "end", null));
	}

	private void readNumber() {
		int start = i;
		skipDigits();
		boolean decimal = false;
		if (i < source.length() && source.charAt(i) == '.' && isDigitAt(i + 1)) {
			decimal = true;
			i++;
			skipDigits();
		}
		if (i < source.length() && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
			int mark = i;
			i++;
			if (i < source.length() && (source.charAt(i) == '+' || source.charAt(i) == '-')) {
				i++;
			}
			if (isDigitAt(i)) {
				decimal = true;
				skipDigits();
			}
			else {
				i = mark;
			}
		}
		String text = source.substring(start, i);
		try {
			tokens.add(new ExpressionToken(Kind.NUMBER, text, new BigDecimal(text)));
		}
		catch (NumberFormatException e) {
			throw new SafeExpression.Unsupported("'" + text + "' is not a number");
		}
		if (decimal && text.length() > MAX_DECIMAL_LENGTH) {
			throw new SafeExpression.Unsupported("'" + text + "' is too long a number");
		}
	}

	private void readQuoted(char quote) {
		StringBuilder text = new StringBuilder();
		int j = i + 1;
		boolean closed = false;
		while (j < source.length()) {
			char d = source.charAt(j);
			if (d == '\\' && j + 1 < source.length()) {
				text.append(source.charAt(j + 1));
				j += 2;
			}
			else if (d == quote) {
				closed = true;
				j++;
				break;
			}
			else {
				text.append(d);
				j++;
			}
		}
		if (!closed) {
			throw new SafeExpression.Unsupported("A text in quotes is not closed");
		}
		tokens.add(new ExpressionToken(Kind.STRING, source.substring(i, j), text.toString()));
		i = j;
	}

	private void readName() {
		int start = i;
		while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
			i++;
		}
		String word = source.substring(start, i);
		tokens.add(new ExpressionToken(Kind.IDENT, word, word));
	}

	private void readOperator(char c) {
		String two = i + 1 < source.length() ? source.substring(i, i + 2) : "";
		if (TWO_CHARACTER_OPERATORS.contains(two)) {
			tokens.add(new ExpressionToken(Kind.OP, two, null));
			i += 2;
		}
		else if (ONE_CHARACTER_OPERATORS.indexOf(c) >= 0) {
			tokens.add(new ExpressionToken(Kind.OP, String.valueOf(c), null));
			i++;
		}
		else {
			throw new SafeExpression.Unsupported("'" + c + "' is not allowed in a condition");
		}
	}

	private void skipDigits() {
		while (isDigitAt(i)) {
			i++;
		}
	}

	private boolean isDigitAt(int index) {
		return index < source.length() && Character.isDigit(source.charAt(index));
	}

}
