package dev.baton.directory;

import java.util.List;

/**
 * What is wrong with one cell (or one row) of an imported file.
 *
 * @param sheet the sheet's name in a workbook, {@code null} for a CSV file
 * @param row the 1-based row number as the spreadsheet shows it, the header row included
 * @param field the column's field name, e.g. {@code manager}
 * @param column the column's header as written in the file, {@code null} if the file
 * lacks it
 * @param code message key
 */
record RowProblem(String sheet, int row, String field, String column, String code, List<Object> arguments) {

	RowProblem {
		arguments = arguments.stream().map(argument -> argument == null ? "" : argument).toList();
	}

	/**
	 * E.g. {@code row 7: manager}, or {@code 部门 row 3: parent} for a workbook's
	 * departments sheet.
	 */
	String label() {
		return (sheet == null ? "" : sheet + " ") + "row " + row + ": " + field;
	}
}
