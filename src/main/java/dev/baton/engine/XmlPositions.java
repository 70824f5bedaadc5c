package dev.baton.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where an element starts in an XML file. An XML reader's locator reports the position
 * just <em>after</em> an element's start tag (Camunda's own parser too); editors and
 * people expect the {@code <} that opens it. Positions are 1-based lines and columns, in
 * characters, with {@code \r\n}, {@code \r} and {@code \n} each ending a line, as XML
 * readers count them.
 */
final class XmlPositions {

	/** A line and a column, both from 1. */
	record Position(int line, int column) {
	}

	private final String text;

	private final int[] lineStarts;

	private XmlPositions(String text) {
		this.text = text;
		int[] starts = new int[16];
		int lines = 0;
		starts[lines++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				continue; // the \n that follows ends the line
			}
			if (c == '\r' || c == '\n') {
				if (lines == starts.length) {
					starts = Arrays.copyOf(starts, lines * 2);
				}
				starts[lines++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, lines);
	}

	/**
	 * The file as text, in the encoding the XML reader found ({@code null}: UTF-8); a
	 * byte-order mark is not counted, as XML readers do not count it.
	 */
	static XmlPositions of(byte[] bytes, String encoding) {
		Charset charset;
		try {
			charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		}
		catch (IllegalArgumentException unknown) {
			charset = StandardCharsets.UTF_8;
		}
		String text = new String(bytes, charset);
		return new XmlPositions(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	/**
	 * Where the markup that ends just before {@code (line, column)} begins: the {@code <}
	 * of a start tag (no {@code <} can stand inside one). Returns the position unchanged
	 * when it lies outside the text.
	 */
	Position markupStart(int line, int column) {
		int offset = offset(line, column);
		if (offset < 0) {
			return new Position(line, column);
		}
		for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
			if (text.charAt(i) == '<') {
				return position(i);
			}
		}
		return new Position(line, column);
	}

	private int offset(int line, int column) {
		if (line < 1 || line > lineStarts.length || column < 1) {
			return -1;
		}
		int offset = lineStarts[line - 1] + column - 1;
		return offset > text.length() ? -1 : offset;
	}

	private Position position(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		int line = index >= 0 ? index : -index - 2;
		return new Position(line + 1, offset - lineStarts[line] + 1);
	}

}
