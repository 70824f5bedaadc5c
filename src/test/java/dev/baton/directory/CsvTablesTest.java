package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.baton.web.ProblemException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvTablesTest {

	@Test
	void quoted_fields_keep_commas_line_breaks_and_doubled_quotes() {
		// given
		String csv = "login,name,roles\r\n" + "a,\"Zhang, Wei\",\"会计、采购员\"\r\n"
				+ "b,\"two\nlines\",\"say \"\"hi\"\"\"\r\n";
		// when
		Table table = read(csv);
		// then
		assertThat(table.header()).containsExactly("login", "name", "roles");
		assertThat(table.rows()).extracting(Table.Row::cells)
			.containsExactly(List.of("a", "Zhang, Wei", "会计、采购员"), List.of("b", "two\nlines", "say \"hi\""));
	}

	@Test
	void row_numbers_are_what_a_spreadsheet_shows_blank_rows_included() {
		// given blank lines before and between the rows
		Table table = read("\n\nlogin,name\nzhangwei,张伟\n\n,\nlina,李娜");
		// then
		assertThat(table.headerRow()).isEqualTo(3);
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(4, 7);
	}

	@Test
	void a_byte_order_mark_is_skipped_and_a_semicolon_header_sets_the_delimiter() {
		Table table = read("\uFEFF账号;姓名\nzhangwei;张伟\n");
		assertThat(table.header()).containsExactly("账号", "姓名");
		assertThat(table.rows().get(0).cells()).containsExactly("zhangwei", "张伟");
	}

	@Test
	void an_unclosed_quote_and_text_that_is_not_utf8_are_refused() {
		assertThatThrownBy(() -> read("login,name\na,\"open\nb,c\n")).isInstanceOfSatisfying(ProblemException.class,
				problem -> {
					assertThat(problem.messageKey()).isEqualTo("directory.import.csvQuote");
					assertThat(problem.arguments()).containsExactly(2);
				});
		assertThatThrownBy(() -> CsvTables.read("姓名\n张伟\n".getBytes(java.nio.charset.Charset.forName("GBK")),
				new TableBuilder.RowBudget(10)))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("directory.import.notUtf8"));
	}

	private static Table read(String csv) {
		return CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), new TableBuilder.RowBudget(100));
	}

}
