package dev.baton.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column is in a table. Unknown headers are ignored and reported as such
 * (never silently); a known column given twice or a required one missing is a problem of
 * the header row.
 */
final class ColumnMap<C extends Enum<C> & ImportColumn> {

	private final Class<C> type;

	private final Table table;

	private final Map<C, Integer> positions;

	private final List<String> ignored;

	private ColumnMap(Class<C> type, Table table, Map<C, Integer> positions, List<String> ignored) {
		this.type = type;
		this.table = table;
		this.positions = positions;
		this.ignored = ignored;
	}

	static <C extends Enum<C> & ImportColumn> ColumnMap<C> of(Class<C> type, Table table, List<RowProblem> problems) {
		Map<C, Integer> positions = new EnumMap<>(type);
		List<String> ignored = new ArrayList<>();
		List<String> header = table.header();
		for (int i = 0; i < header.size(); i++) {
			String normalized = ImportColumn.normalize(header.get(i));
			if (normalized.isEmpty()) {
				continue;
			}
			C column = null;
			for (C candidate : type.getEnumConstants()) {
				if (candidate.headers().contains(normalized)) {
					column = candidate;
					break;
				}
			}
			if (column == null) {
				ignored.add(header.get(i).trim());
			}
			else if (positions.containsKey(column)) {
				problems.add(new RowProblem(table.sheet(), table.headerRow(), column.field(), header.get(i).trim(),
						"directory.import.duplicateColumn", List.of(header.get(i).trim())));
			}
			else {
				positions.put(column, i);
			}
		}
		for (C column : type.getEnumConstants()) {
			if (column.required() && !positions.containsKey(column)) {
				problems.add(new RowProblem(table.sheet(), Math.max(table.headerRow(), 1), column.field(), null,
						"directory.import.missingColumn", List.of(column.label())));
			}
		}
		return new ColumnMap<>(type, table, positions, ignored);
	}

	/** The column with this field name, {@code null} if there is none. */
	C column(String field) {
		for (C column : type.getEnumConstants()) {
			if (column.field().equals(field)) {
				return column;
			}
		}
		return null;
	}

	boolean has(C column) {
		return positions.containsKey(column);
	}

	/**
	 * The cell's trimmed text; {@code null} when it is blank or the file has no such
	 * column.
	 */
	String value(Table.Row row, C column) {
		Integer position = positions.get(column);
		return position == null ? null : DirectoryRules.clean(row.cell(position));
	}

	/**
	 * The column's header as written in the file, or its field name if the file lacks it.
	 */
	String header(C column) {
		Integer position = positions.get(column);
		return position == null ? column.field() : table.header().get(position).trim();
	}

	List<String> ignored() {
		return ignored;
	}

	Table table() {
		return table;
	}

}
