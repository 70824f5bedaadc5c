package dev.baton.support;

import java.util.List;

/**
 * Names where a statement comes from, from the stack of the thread that runs it:
 * <ul>
 * <li>{@code session store}: Spring Session JDBC reading or writing the session;</li>
 * <li>{@code Class.method}: Baton's own SQL (JPA, JdbcTemplate), named by the innermost
 * Baton method;</li>
 * <li>{@code engine ← Class.method}: the engine's SQL, with the Baton method that called
 * the engine (its own plugins and interceptors skipped);</li>
 * <li>else the framework on the stack.</li>
 * </ul>
 */
final class Origins {

	static final String SESSION_STORE = "session store";

	private Origins() {
	}

	static String current() {
		return StackWalker.getInstance().walk(frames -> name(frames.toList()));
	}

	private static String name(List<StackWalker.StackFrame> stack) {
		if (stack.stream().anyMatch(frame -> frame.getClassName().startsWith("org.springframework.session.jdbc."))) {
			return SESSION_STORE;
		}
		for (StackWalker.StackFrame frame : stack) {
			String type = frame.getClassName();
			if (isBaton(type)) {
				return method(frame);
			}
			if (type.startsWith("org.camunda.")) {
				return stack.stream()
					.filter(caller -> isBaton(caller.getClassName())
							&& !caller.getClassName().startsWith("dev.baton.engine."))
					.findFirst()
					.map(caller -> "engine ← " + method(caller))
					.orElse("engine");
			}
		}
		for (StackWalker.StackFrame frame : stack) {
			if (frame.getClassName().startsWith("org.springframework.security.")) {
				return "Spring Security";
			}
		}
		return "other";
	}

	private static boolean isBaton(String type) {
		// a Spring Data repository is a JDK proxy in its interface's package: name its
		// caller
		return type.startsWith("dev.baton.") && !type.startsWith("dev.baton.support.")
				&& !type.startsWith("dev.baton.bench.")
				&& !type.substring(type.lastIndexOf('.') + 1).startsWith("$Proxy");
	}

	private static String method(StackWalker.StackFrame frame) {
		String type = frame.getClassName();
		String simple = type.substring(type.lastIndexOf('.') + 1).replaceAll("\\$\\$.*", "");
		return simple + "." + frame.getMethodName();
	}

}
