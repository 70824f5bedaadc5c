package dev.baton.directory;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.baton.directory.OrgImport.OrgImportResult;
import dev.baton.web.ProblemException;

/**
 * Administrators import the organisation from Excel or CSV; see
 * {@code docs/org-import.md}.
 */
@RestController
@RequestMapping("/api/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Directory administration")
class OrgImportController {

	private final OrgImport orgImport;

	OrgImportController(OrgImport orgImport) {
		this.orgImport = orgImport;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Create or update departments and people from an .xlsx or UTF-8 .csv file (max 5 MB, "
					+ "5000 rows), all or nothing",
			description = "A bad file answers 400 with every bad row in `rows` (row number as the spreadsheet "
					+ "shows it, header included) and in `errors` (field `row 7: manager`); nothing is written. "
					+ "New people without a password in the file cannot log in until an administrator sets one.")
	public OrgImportResult importOrganisation(
			@Parameter(description = ".xlsx workbook or UTF-8 .csv file") @RequestParam("file") MultipartFile file,
			@Parameter(description = "check and count only, write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@Parameter(description = "what a CSV file holds: people (default) or departments") @RequestParam(
					defaultValue = "people") String kind)
			throws IOException {
		ImportFiles.Kind what = ImportFiles.Kind.of(kind);
		ImportFiles.checkSize(file.getSize()); // before reading it into memory
		return orgImport.run(ImportFiles.read(file.getOriginalFilename(), file.getBytes(), what), dryRun);
	}

	@GetMapping("/import/examples/{kind}")
	@Operation(summary = "The example CSV file of docs/org-import.md: people or departments (UTF-8 with BOM)")
	public ResponseEntity<Resource> example(@PathVariable String kind) {
		String file = switch (kind) {
			case "people" -> "org-import-example.csv";
			case "departments" -> "org-import-departments-example.csv";
			default -> throw new ProblemException(HttpStatus.NOT_FOUND, "error.notFound");
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(new ClassPathResource("org-import/" + file));
	}

}
