package dev.baton.directory;

import java.util.List;

/**
 * One sheet of a workbook, or one CSV file, as text: its header row and the non-blank
 * rows below it.
 *
 * @param sheet the sheet's name; {@code null} for a CSV file
 * @param headerRow the 1-based row number of the header, as the spreadsheet shows it
 */
record Table(String sheet, int headerRow, List<String> header, List<Row> rows) {

	/**
	 * @param number the 1-based row number as the spreadsheet shows it (the header row
	 * counts)
	 */
	record Row(int number, List<String> cells) {

		/** The cell's text, {@code null} past the last cell. */
		String cell(int column) {
			return column < cells.size() ? cells.get(column) : null;
		}
	}
}
