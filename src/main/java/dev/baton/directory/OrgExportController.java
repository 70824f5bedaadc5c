package dev.baton.directory;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators download the organisation as an Excel workbook, edit it and import it
 * back ({@link OrgImportController}); or an empty template to fill in.
 */
@RestController
@RequestMapping("/api/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Directory administration")
class OrgExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final OrgWorkbook workbook;

	OrgExportController(OrgWorkbook workbook) {
		this.workbook = workbook;
	}

	@GetMapping("/export")
	@Operation(summary = "The organisation as .xlsx (sheets 部门 and 人员, Chinese headers) that the import reads "
			+ "back unchanged; passwords are never exported")
	public ResponseEntity<byte[]> export() {
		return attachment("组织架构.xlsx", workbook.current());
	}

	@GetMapping("/import/template")
	@Operation(summary = "An empty .xlsx template with the import's columns (Chinese headers)")
	public ResponseEntity<byte[]> template() {
		return attachment("组织架构导入模板.xlsx", workbook.template());
	}

	private static ResponseEntity<byte[]> attachment(String fileName, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
