package dev.baton.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

import javax.xml.parsers.ParserConfigurationException;

import dev.baton.web.ProblemException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads sheets of an Excel workbook (.xlsx) with POI's streaming (SAX) API, so a hostile
 * or huge workbook cannot fill the memory: POI refuses zip bombs (its inflate-ratio
 * check), parts larger than {@link #MAX_PART_BYTES} are refused, and reading stops as
 * soon as the row budget is spent. Cells are read as Excel shows them (numbers without a
 * trailing ".0", formulas as their result).
 */
final class XlsxTables {

	/**
	 * A 5 MB workbook of 5,000 people unpacks to a few MB of XML; this leaves generous
	 * room.
	 */
	private static final Logger log = LoggerFactory.getLogger(XlsxTables.class);

	static final long MAX_PART_BYTES = 100L * 1024 * 1024;

	static {
		// POI's limit is global; nothing else in Baton opens workbooks.
		if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
			ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		}
	}

	private XlsxTables() {
	}

	/**
	 * The sheets for which {@code wanted} (sheet position from 0, sheet name) says yes,
	 * in workbook order.
	 */
	static List<Table> read(byte[] bytes, BiPredicate<Integer, String> wanted, TableBuilder.RowBudget budget) {
		List<Table> tables = new ArrayList<>();
		OPCPackage workbook = null;
		try {
			workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
			XSSFReader reader = new XSSFReader(workbook);
			reader.setUseReadOnlySharedStringsTable(true);
			SharedStrings strings = reader.getSharedStringsTable();
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			for (int index = 0; sheets.hasNext(); index++) {
				try (InputStream sheet = sheets.next()) {
					String name = sheets.getSheetName();
					if (wanted.test(index, name)) {
						tables.add(readSheet(sheet, name, strings, styles, budget));
					}
				}
			}
			return tables;
		}
		catch (ProblemException e) {
			throw e; // e.g. too many rows
		}
		catch (SAXException e) {
			if (e.getException() instanceof ProblemException problem) {
				throw problem;
			}
			throw unreadable(e);
		}
		catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
			// POI reports damaged and foreign files with many unchecked exceptions of its
			// own
			throw unreadable(e);
		}
		finally {
			if (workbook != null) {
				workbook.revert(); // read only: never write anything back
			}
		}
	}

	private static Table readSheet(InputStream sheet, String name, SharedStrings strings, StylesTable styles,
			TableBuilder.RowBudget budget) throws IOException, SAXException, ParserConfigurationException {
		TableBuilder table = new TableBuilder(name, budget);
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(
				new XSSFSheetXMLHandler(styles, strings, new Rows(table), new DataFormatter(Locale.US), false));
		parser.parse(new InputSource(sheet));
		return table.build();
	}

	private static ProblemException unreadable(Exception cause) {
		log.warn("An uploaded workbook could not be read: {}", cause.toString());
		return new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.unreadable");
	}

	/** Collects the cells of each row, filling the gaps Excel leaves for empty cells. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final TableBuilder table;

		private List<String> cells = new ArrayList<>();

		private int nextColumn;

		Rows(TableBuilder table) {
			this.table = table;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
			nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			table.add(rowNum + 1, cells);
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			if (cells.size() == column) {
				cells.add(formattedValue == null ? "" : formattedValue);
			}
			nextColumn = column + 1;
		}

	}

}
