package dev.baton.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table — a header row and rows of text — as a file people open in Excel: an
 * .xlsx workbook (streamed, so a hundred thousand rows never sit in memory at once) or a
 * UTF-8 CSV file with the byte-order mark Excel needs to read Chinese. Every cell is
 * text: nothing a user typed can become a formula (CSV cells starting with
 * {@code = + - @} are prefixed with an apostrophe, as OWASP advises against CSV
 * injection).
 */
public final class TableFiles {

	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String CSV_TYPE = "text/csv;charset=UTF-8";

	private TableFiles() {
	}

	/** Receives the rows of a table one at a time. */
	public interface RowSink {

		void row(List<String> cells) throws IOException;

	}

	/** Something that writes its rows into a sink. */
	public interface Rows {

		void writeTo(RowSink sink) throws IOException;

	}

	/**
	 * Writes one sheet named {@code sheetName} with the header in bold and frozen, then
	 * the rows.
	 */
	public static void xlsx(OutputStream out, String sheetName, List<String> header, int[] columnWidths, Rows rows)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int[] next = { 0 };
			Consumer<List<String>> write = cells -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < cells.size(); i++) {
					String value = cells.get(i);
					if (value != null) {
						Cell cell = row.createCell(i);
						cell.setCellValue(value.length() > 32_767 ? value.substring(0, 32_767) : value);
						if (next[0] == 1) {
							cell.setCellStyle(bold);
						}
					}
				}
			};
			write.accept(header);
			sheet.createFreezePane(0, 1);
			for (int i = 0; i < columnWidths.length; i++) {
				sheet.setColumnWidth(i, columnWidths[i] * 256);
			}
			rows.writeTo(write::accept);
			workbook.write(out);
		}
	}

	/** Writes the header and the rows as RFC 4180 CSV, UTF-8 with a byte-order mark. */
	public static void csv(OutputStream out, List<String> header, Rows rows) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		RowSink sink = cells -> {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					writer.write(',');
				}
				writer.write(csvField(cells.get(i)));
			}
			writer.write("\r\n");
		};
		sink.row(header);
		rows.writeTo(sink);
		writer.flush();
	}

	static String csvField(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
