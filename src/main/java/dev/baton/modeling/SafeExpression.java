package dev.baton.modeling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small part of JUEL that Baton's conditions use ({@code ${total > 5000}},
 * {@code ${handoffDecision == 'return'}}), read and evaluated without the engine: literals, variables,
 * property access on objects ({@code ${address.city}}), comparisons, arithmetic, {@code and / or /
 * not}, {@code empty} and {@code a ? b : c}, with JUEL's coercions. There are no method or function
 * calls, so evaluating a condition here can never run code; anything else is refused with
 * {@link Unsupported}. The designer's checks read which variables a condition needs; the route
 * preview evaluates it over sample form values.
 */
final class SafeExpression {

    /** The text is not an expression of the supported subset; the message says what was found. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    /** A variable the expression reads has no value: the engine would stop the request with an incident. */
    static final class UnknownVariable extends RuntimeException {
        private final String name;

        UnknownVariable(String name) {
            super("No variable '" + name + "'");
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    /** The values do not fit the operator (e.g. {@code 'abc' > 5}), as JUEL would refuse them. */
    static final class EvaluationError extends RuntimeException {
        EvaluationError(String message) {
            super(message);
        }
    }

    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 50;
    private static final MathContext MATH = MathContext.DECIMAL64;

    private final Node root;

    private SafeExpression(Node root) {
        this.root = root;
    }

    /**
     * Reads {@code ${...}} (or {@code #{...}}) with nothing else around it but blanks.
     *
     * @throws Unsupported when the text is something else or uses anything outside the subset
     */
    static SafeExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Unsupported("The expression is empty");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new Unsupported("The expression is longer than " + MAX_LENGTH + " characters");
        }
        if (!(trimmed.startsWith("${") || trimmed.startsWith("#{")) || !trimmed.endsWith("}")) {
            throw new Unsupported("A condition must be one expression ${...}");
        }
        Parser parser = new Parser(tokenize(trimmed.substring(2, trimmed.length() - 1)));
        Node node = parser.expression(0);
        if (!parser.atEnd()) {
            throw new Unsupported("Unexpected '" + parser.peek().text + "'");
        }
        return new SafeExpression(node);
    }

    /** The top-level variables the expression reads, in order of appearance. */
    Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        root.collect(names);
        return names;
    }

    /** The value over these variables; a missing variable is {@link UnknownVariable}, as in the engine. */
    Object evaluate(Map<String, ?> variables) {
        return root.eval(variables);
    }

    /** A condition's outcome: the value must be a boolean, as the engine demands of conditions. */
    boolean test(Map<String, ?> variables) {
        Object value = evaluate(variables);
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new EvaluationError("The condition gives " + describe(value) + ", not true or false");
    }

    // ------------------------------------------------------------------ tokens

    private enum Kind { NUMBER, STRING, IDENT, OP, END }

    private record Token(Kind kind, String text, Object value) {
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < source.length() && Character.isDigit(source.charAt(i + 1)))) {
                int start = i;
                while (i < source.length() && Character.isDigit(source.charAt(i))) {
                    i++;
                }
                boolean decimal = false;
                if (i < source.length() && source.charAt(i) == '.' && i + 1 < source.length()
                        && Character.isDigit(source.charAt(i + 1))) {
                    decimal = true;
                    i++;
                    while (i < source.length() && Character.isDigit(source.charAt(i))) {
                        i++;
                    }
                }
                if (i < source.length() && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
                    int mark = i;
                    i++;
                    if (i < source.length() && (source.charAt(i) == '+' || source.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < source.length() && Character.isDigit(source.charAt(i))) {
                        decimal = true;
                        while (i < source.length() && Character.isDigit(source.charAt(i))) {
                            i++;
                        }
                    } else {
                        i = mark;
                    }
                }
                String text = source.substring(start, i);
                try {
                    tokens.add(new Token(Kind.NUMBER, text, new BigDecimal(text)));
                } catch (NumberFormatException e) {
                    throw new Unsupported("'" + text + "' is not a number");
                }
                if (decimal && text.length() > 40) {
                    throw new Unsupported("'" + text + "' is too long a number");
                }
            } else if (c == '\'' || c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < source.length()) {
                    char d = source.charAt(j);
                    if (d == '\\' && j + 1 < source.length()) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else if (d == c) {
                        closed = true;
                        j++;
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                if (!closed) {
                    throw new Unsupported("A text in quotes is not closed");
                }
                tokens.add(new Token(Kind.STRING, source.substring(i, j), text.toString()));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                String word = source.substring(start, i);
                tokens.add(new Token(Kind.IDENT, word, word));
            } else {
                String two = i + 1 < source.length() ? source.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    tokens.add(new Token(Kind.OP, two, null));
                    i += 2;
                } else if ("<>!+-*/%()?:.[]".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.OP, String.valueOf(c), null));
                    i++;
                } else {
                    throw new Unsupported("'" + c + "' is not allowed in a condition");
                }
            }
        }
        tokens.add(new Token(Kind.END, "end", null));
        return tokens;
    }

    // ------------------------------------------------------------------ parser

    private static final class Parser {
        private final List<Token> tokens;
        private int position;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(position);
        }

        boolean atEnd() {
            return peek().kind == Kind.END;
        }

        private boolean accept(String... texts) {
            Token token = peek();
            if (token.kind == Kind.OP || token.kind == Kind.IDENT) {
                for (String text : texts) {
                    if (token.text.equals(text)) {
                        position++;
                        return true;
                    }
                }
            }
            return false;
        }

        private String acceptAny(String... texts) {
            Token token = peek();
            if (token.kind == Kind.OP || token.kind == Kind.IDENT) {
                for (String text : texts) {
                    if (token.text.equals(text)) {
                        position++;
                        return text;
                    }
                }
            }
            return null;
        }

        private void expect(String text) {
            if (!accept(text)) {
                throw new Unsupported("Expected '" + text + "' but found '" + peek().text + "'");
            }
        }

        Node expression(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Unsupported("The expression is nested too deeply");
            }
            Node condition = or(depth);
            if (accept("?")) {
                Node then = expression(depth + 1);
                expect(":");
                Node otherwise = expression(depth + 1);
                return new Choice(condition, then, otherwise);
            }
            return condition;
        }

        private Node or(int depth) {
            Node left = and(depth);
            while (accept("||", "or")) {
                left = new Binary("or", left, and(depth));
            }
            return left;
        }

        private Node and(int depth) {
            Node left = equality(depth);
            while (accept("&&", "and")) {
                left = new Binary("and", left, equality(depth));
            }
            return left;
        }

        private Node equality(int depth) {
            Node left = relation(depth);
            String op;
            while ((op = acceptAny("==", "!=", "eq", "ne")) != null) {
                left = new Binary(op.equals("eq") ? "==" : op.equals("ne") ? "!=" : op, left, relation(depth));
            }
            return left;
        }

        private Node relation(int depth) {
            Node left = additive(depth);
            String op;
            while ((op = acceptAny("<=", ">=", "<", ">", "lt", "gt", "le", "ge")) != null) {
                String normal = switch (op) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "le" -> "<=";
                    case "ge" -> ">=";
                    default -> op;
                };
                left = new Binary(normal, left, additive(depth));
            }
            return left;
        }

        private Node additive(int depth) {
            Node left = multiplicative(depth);
            String op;
            while ((op = acceptAny("+", "-")) != null) {
                left = new Binary(op, left, multiplicative(depth));
            }
            return left;
        }

        private Node multiplicative(int depth) {
            Node left = unary(depth);
            String op;
            while ((op = acceptAny("*", "/", "div", "%", "mod")) != null) {
                left = new Binary(op.equals("div") ? "/" : op.equals("mod") ? "%" : op, left, unary(depth));
            }
            return left;
        }

        private Node unary(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Unsupported("The expression is nested too deeply");
            }
            if (accept("-")) {
                return new Unary("-", unary(depth + 1));
            }
            if (accept("!", "not")) {
                return new Unary("!", unary(depth + 1));
            }
            if (accept("empty")) {
                return new Unary("empty", unary(depth + 1));
            }
            return value(depth);
        }

        private Node value(int depth) {
            Token token = peek();
            Node node;
            switch (token.kind) {
                case NUMBER, STRING -> {
                    position++;
                    node = new Literal(token.value);
                }
                case IDENT -> {
                    position++;
                    node = switch (token.text) {
                        case "true" -> new Literal(Boolean.TRUE);
                        case "false" -> new Literal(Boolean.FALSE);
                        case "null" -> new Literal(null);
                        case "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "empty",
                             "instanceof" -> throw new Unsupported("Unexpected '" + token.text + "'");
                        default -> new Variable(token.text);
                    };
                }
                case OP -> {
                    if (accept("(")) {
                        node = expression(depth + 1);
                        expect(")");
                    } else {
                        throw new Unsupported("Unexpected '" + token.text + "'");
                    }
                }
                default -> throw new Unsupported("The expression ends too early");
            }
            while (true) {
                if (peek().kind == Kind.OP && peek().text.equals("(")) {
                    throw new Unsupported("Calls of methods or functions are not allowed in conditions");
                }
                if (accept(".")) {
                    Token name = peek();
                    if (name.kind != Kind.IDENT) {
                        throw new Unsupported("Expected a property name after '.'");
                    }
                    position++;
                    node = new Property(node, new Literal(name.text));
                } else if (accept("[")) {
                    Node index = expression(depth + 1);
                    expect("]");
                    node = new Property(node, index);
                } else {
                    return node;
                }
            }
        }
    }

    // ------------------------------------------------------------------ tree

    private interface Node {
        Object eval(Map<String, ?> variables);

        void collect(Set<String> names);
    }

    private record Literal(Object value) implements Node {
        public Object eval(Map<String, ?> variables) {
            return value;
        }

        public void collect(Set<String> names) {
            // no variable
        }
    }

    private record Variable(String name) implements Node {
        public Object eval(Map<String, ?> variables) {
            if (variables == null || !variables.containsKey(name)) {
                throw new UnknownVariable(name);
            }
            return variables.get(name);
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    private record Property(Node base, Node name) implements Node {
        public Object eval(Map<String, ?> variables) {
            Object object = base.eval(variables);
            Object key = name.eval(variables);
            if (object == null) {
                return null;
            }
            if (object instanceof Map<?, ?> map) {
                return map.get(key == null ? null : key.toString());
            }
            if (object instanceof List<?> list) {
                int index = toNumber(key).intValue();
                return index >= 0 && index < list.size() ? list.get(index) : null;
            }
            throw new EvaluationError("Cannot read '" + key + "' of " + describe(object));
        }

        public void collect(Set<String> names) {
            base.collect(names);
            name.collect(names);
        }
    }

    private record Choice(Node condition, Node then, Node otherwise) implements Node {
        public Object eval(Map<String, ?> variables) {
            return toBoolean(condition.eval(variables)) ? then.eval(variables) : otherwise.eval(variables);
        }

        public void collect(Set<String> names) {
            condition.collect(names);
            then.collect(names);
            otherwise.collect(names);
        }
    }

    private record Unary(String op, Node operand) implements Node {
        public Object eval(Map<String, ?> variables) {
            Object value = operand.eval(variables);
            return switch (op) {
                case "-" -> value == null ? BigDecimal.ZERO : toNumber(value).negate();
                case "!" -> !toBoolean(value);
                default -> isEmpty(value);
            };
        }

        public void collect(Set<String> names) {
            operand.collect(names);
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        public Object eval(Map<String, ?> variables) {
            switch (op) {
                case "and" -> {
                    return toBoolean(left.eval(variables)) && toBoolean(right.eval(variables));
                }
                case "or" -> {
                    return toBoolean(left.eval(variables)) || toBoolean(right.eval(variables));
                }
                default -> {
                    // evaluated below
                }
            }
            Object a = left.eval(variables);
            Object b = right.eval(variables);
            return switch (op) {
                case "==" -> equal(a, b);
                case "!=" -> !equal(a, b);
                case "<", ">", "<=", ">=" -> compare(op, a, b);
                default -> arithmetic(op, a, b);
            };
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    // ------------------------------------------------------------------ JUEL coercions

    private static Object arithmetic(String op, Object a, Object b) {
        if (a == null && b == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal x = toNumber(a);
        BigDecimal y = toNumber(b);
        return switch (op) {
            case "+" -> x.add(y, MATH);
            case "-" -> x.subtract(y, MATH);
            case "*" -> x.multiply(y, MATH);
            case "/" -> {
                if (y.signum() == 0) {
                    throw new EvaluationError("Division by zero");
                }
                yield x.divide(y, MATH);
            }
            default -> {
                if (y.signum() == 0) {
                    throw new EvaluationError("Division by zero");
                }
                yield x.remainder(y, MATH);
            }
        };
    }

    private static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) || isNumber(b)) {
            return toNumber(a).compareTo(toNumber(b)) == 0;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return toBoolean(a) == toBoolean(b);
        }
        if (a instanceof String || b instanceof String) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    private static boolean compare(String op, Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        int order;
        if (isNumber(a) || isNumber(b)) {
            order = toNumber(a).compareTo(toNumber(b));
        } else if (a instanceof String x && b instanceof String y) {
            order = x.compareTo(y);
        } else {
            throw new EvaluationError("Cannot compare " + describe(a) + " with " + describe(b));
        }
        return switch (op) {
            case "<" -> order < 0;
            case ">" -> order > 0;
            case "<=" -> order <= 0;
            default -> order >= 0;
        };
    }

    private static boolean isNumber(Object value) {
        return value instanceof Number;
    }

    private static BigDecimal toNumber(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new EvaluationError("Not a finite number: " + number);
            }
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
            if (text.isEmpty()) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new EvaluationError("'" + text + "' is not a number");
            }
        }
        throw new EvaluationError(describe(value) + " is not a number");
    }

    private static boolean toBoolean(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text) {
            if (text.isEmpty() || text.equalsIgnoreCase("false")) {
                return false;
            }
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
        }
        throw new EvaluationError(describe(value) + " is not true or false");
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String text && text.isEmpty())
                || (value instanceof Collection<?> collection && collection.isEmpty())
                || (value instanceof Map<?, ?> map && map.isEmpty());
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Collection<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
