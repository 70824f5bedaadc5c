package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.NewPerson;
import dev.baton.directory.SystemRole;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor answers "who decided what" in the web app: finds a request's decisions in
 * the ledger, exports them to Excel and CSV with Chinese headers, and verifies the hash
 * chain; on a phone the same page fits the screen. The auditor is made for the test and
 * marked as having left afterwards; the entries appended stay, as every ledger entry
 * does.
 */
@BatonTest
class AuditBrowserTest extends InTheBrowser {

	private static final String PASSWORD = "audit-browser-9";

	@Autowired
	DirectoryAdmin directory;

	@Autowired
	ApprovalLedger ledger;

	private String auditor;

	private String requestId;

	@BeforeEach
	void givenAnAuditorAndADecisionOnARequest() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		auditor = "auditor" + suffix;
		directory.createPerson(new NewPerson(auditor, "审计员" + suffix, null, null, null, null, true,
				Set.of(SystemRole.AUDITOR), Set.of()), PASSWORD);
		requestId = "AUD-" + suffix.toUpperCase();
		ledger.append(new LedgerEntry(null, "pi-" + requestId, requestId, "leave-request:1:audit", "approve-step",
				"经理审批", null, "admin", null, "comment", "审计浏览器测试 " + suffix, null, Instant.now()));
	}

	@AfterEach
	void auditorLeaves() {
		directory.setActive(auditor, false);
	}

	@Test
	void an_auditor_searches_the_ledger_exports_it_and_verifies_it() throws Exception {
		try (User user = app.visitor(Device.DESKTOP, "en-US")) {
			user.login(auditor, PASSWORD);
			Page page = user.page;
			// the top bar leads an auditor to the audit, and not to the administration
			Locator nav = page.getByRole(AriaRole.NAVIGATION);
			assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration")))
				.hasCount(0);
			user.nav("Audit");
			page.waitForURL(Pattern.compile(".*/admin/audit$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who decided what")))
				.isVisible();

			// when they search for the request
			page.getByTestId("audit-request").fill(requestId);
			page.getByTestId("audit-search").click();
			// then its one entry is listed
			assertThat(page.getByTestId("audit-total")).hasText("1 entries");
			assertThat(page.getByTestId("audit-rows")).containsText("Commented");
			assertThat(page.getByTestId("audit-rows")).containsText(requestId);
			user.screenshot("audit-desktop");

			// when they export it, then the workbook has the Chinese header and the entry
			Download xlsx = page.waitForDownload(() -> page.getByTestId("export-xlsx").click());
			assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
			try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
				assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("操作");
				assertThat(sheet.getLastRowNum()).isEqualTo(1);
				assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("评论");
				assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo(requestId);
			}
			Download csv = page.waitForDownload(() -> page.getByTestId("export-csv").click());
			String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF序号,时间,操作人").contains(requestId);

			// when they verify the ledger, then it is intact
			page.getByTestId("verify-ledger").click();
			assertThat(page.getByTestId("verification")).containsText("The ledger is intact");
		}
	}

	@Test
	void the_audit_page_fits_a_phone() {
		try (User user = app.visitor(Device.PHONE, "zh-CN")) {
			user.login(auditor, PASSWORD);
			user.open("/admin/audit");
			Page page = user.page;
			page.getByTestId("audit-request").fill(requestId);
			page.getByTestId("audit-search").click();
			assertThat(page.getByTestId("audit-row")).hasCount(1);
			assertThat(page.getByTestId("audit-row")).containsText("评论");
			user.assertFitsScreen("the audit page");
			user.screenshot("audit-phone");
		}
	}

}
