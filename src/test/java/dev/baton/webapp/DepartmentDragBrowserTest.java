package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import dev.baton.directory.Directory;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moving a department by dragging it onto another in the organisation's tree; a move into
 * its own branch is not taken. The departments made here carry a random suffix and are
 * removed afterwards.
 */
@BatonTest
class DepartmentDragBrowserTest extends InTheBrowser {

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	private String suffix;

	private String north;

	private String south;

	@BeforeEach
	void two_departments_side_by_side() {
		suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		north = "north-" + suffix;
		south = "south-" + suffix;
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			admin.api("POST", "/api/admin/directory/departments",
					Map.of("id", north, "nameZh", "北区" + suffix, "nameEn", "North " + suffix, "parentId", "gm"));
			admin.api("POST", "/api/admin/directory/departments",
					Map.of("id", south, "nameZh", "南区" + suffix, "nameEn", "South " + suffix, "parentId", "gm"));
		}
	}

	@AfterEach
	void remove_them() {
		jdbc.update("UPDATE baton_departments SET parent_id = 'gm' WHERE id LIKE ?", "%" + suffix);
		jdbc.update("DELETE FROM baton_departments WHERE id LIKE ?", "%" + suffix);
	}

	@Test
	void an_administrator_drags_a_department_below_another_and_not_below_itself() {
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			admin.open("/admin/org");
			assertThat(page.getByText("Drag a department onto another to move it.")).isVisible();

			// South dragged onto North moves below it
			page.getByTestId("department-" + south).dragTo(page.getByTestId("department-" + north));
			assertThat(page.getByText("South " + suffix + " now sits below North " + suffix)).isVisible();
			assertThat(directory.department(south).orElseThrow().parentId()).isEqualTo(north);

			// North dragged onto South (now below it) is not taken: the tree does not
			// drop a
			// department into its own branch (the server would refuse it too), nothing
			// moves
			page.getByTestId("department-" + north).dragTo(page.getByTestId("department-" + south));
			assertThat(page.getByTestId("department-" + south)).isVisible();
			assertThat(directory.department(north).orElseThrow().parentId()).isEqualTo("gm");
			assertThat(directory.department(south).orElseThrow().parentId()).isEqualTo(north);
			admin.screenshot("desktop-department-drag");
		}
	}

}
