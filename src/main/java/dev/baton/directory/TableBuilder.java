package dev.baton.directory;

import java.util.ArrayList;
import java.util.List;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Builds a {@link Table} from the rows a reader finds: blank rows are skipped, the first
 * non-blank row is the header, every other row is data and counts against the file's row
 * budget.
 */
final class TableBuilder {

	private final String sheet;

	private final RowBudget budget;

	private final List<Table.Row> rows = new ArrayList<>();

	private List<String> header;

	private int headerRow;

	TableBuilder(String sheet, RowBudget budget) {
		this.sheet = sheet;
		this.budget = budget;
	}

	void add(int rowNumber, List<String> cells) {
		if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
			return;
		}
		if (header == null) {
			header = List.copyOf(cells.stream().map(cell -> cell == null ? "" : cell).toList());
			headerRow = rowNumber;
			return;
		}
		budget.take();
		rows.add(new Table.Row(rowNumber, cells.stream().map(cell -> cell == null ? "" : cell).toList()));
	}

	Table build() {
		return new Table(sheet, header == null ? 0 : headerRow, header == null ? List.of() : header, List.copyOf(rows));
	}

	/** The number of data rows one file may have, shared by its sheets. */
	static final class RowBudget {

		private final int limit;

		private int used;

		RowBudget(int limit) {
			this.limit = limit;
		}

		void take() {
			if (++used > limit) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.tooManyRows", limit);
			}
		}

	}

}
