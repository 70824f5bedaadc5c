package dev.baton.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Reads a UTF-8 CSV file (with or without the byte-order mark Excel writes) as RFC 4180:
 * fields in double quotes may hold the delimiter, line breaks and doubled quotes. The
 * delimiter is a comma, or a semicolon or tab when the header row uses one of those
 * instead. A row number is the number of the record, as a spreadsheet program shows it.
 */
final class CsvTables {

	private CsvTables() {
	}

	static Table read(byte[] bytes, TableBuilder.RowBudget budget) {
		String text = decode(bytes);
		char delimiter = delimiter(text);
		TableBuilder table = new TableBuilder(null, budget);
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		int row = 1;
		int quoteRow = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
				quoteRow = row;
				fieldStart = false;
			}
			else if (c == delimiter) {
				record.add(field.toString());
				field.setLength(0);
				fieldStart = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				table.add(row++, record);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStart = true;
			}
			else {
				field.append(c);
				fieldStart = false;
			}
		}
		if (quoted) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.csvQuote", quoteRow);
		}
		if (!record.isEmpty() || !field.isEmpty()) {
			record.add(field.toString());
			table.add(row, record);
		}
		return table.build();
	}

	private static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.notUtf8");
		}
	}

	/** Comma, unless the first line has more semicolons or tabs than commas. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long bestCount = count(firstLine, ',');
		for (char candidate : new char[] { ';', '\t' }) {
			long count = count(firstLine, candidate);
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static long count(String line, char c) {
		return line.chars().filter(ch -> ch == c).count();
	}

}
