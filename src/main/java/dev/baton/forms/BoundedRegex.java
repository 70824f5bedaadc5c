package dev.baton.forms;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A form's {@code validate.pattern}, matched like JavaScript's {@code RegExp.test} (found
 * anywhere in the text) but with a budget: a pattern that backtracks catastrophically
 * ({@code (a+)+$}) on a hostile input stops after a fixed number of character reads
 * instead of holding a server thread for minutes. Running out of budget counts as "does
 * not match".
 */
final class BoundedRegex {

	/**
	 * Character reads allowed per match; a sane pattern on 10,000 characters needs far
	 * fewer.
	 */
	static final int BUDGET = 2_000_000;

	private final Pattern pattern;

	private BoundedRegex(Pattern pattern) {
		this.pattern = pattern;
	}

	/**
	 * @return the compiled pattern, or null when Java cannot read it (then nothing
	 * matches)
	 */
	static BoundedRegex compile(String source) {
		if (source == null || source.isEmpty() || source.length() > 1_000) {
			return null;
		}
		try {
			return new BoundedRegex(Pattern.compile(source));
		}
		catch (PatternSyntaxException e) {
			return null;
		}
	}

	boolean find(String text) {
		try {
			return pattern.matcher(new Budgeted(text, BUDGET)).find();
		}
		catch (BudgetExceeded e) {
			return false;
		}
		catch (StackOverflowError e) {
			return false;
		}
	}

	private static final class BudgetExceeded extends RuntimeException {

		BudgetExceeded() {
			super(null, null, false, false);
		}

	}

	/** A text that counts how often the regex engine reads it. */
	private static final class Budgeted implements CharSequence {

		private final String text;

		private final int[] left;

		Budgeted(String text, int budget) {
			this(text, new int[] { budget });
		}

		private Budgeted(String text, int[] left) {
			this.text = text;
			this.left = left;
		}

		@Override
		public char charAt(int index) {
			if (--left[0] < 0) {
				throw new BudgetExceeded();
			}
			return text.charAt(index);
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Budgeted(text.substring(start, end), left);
		}

		@Override
		public String toString() {
			return text;
		}

	}

}
