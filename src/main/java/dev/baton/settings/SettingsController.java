package dev.baton.settings;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.List;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators change the company's settings; anyone, logged in or not, fetches the
 * logo (the login page shows it).
 */
@RestController
@Tag(name = "Settings", description = "The company's name, logo, default language and session length")
class SettingsController {

	private final CompanySettings settings;

	SettingsController(CompanySettings settings) {
		this.settings = settings;
	}

	/**
	 * @param logoUrl where the logo is, {@code null} without one
	 */
	record SettingsView(String companyName, String defaultLanguage, int sessionMinutes, String logoUrl,
			String updatedBy, java.time.Instant updatedAt) {

		static SettingsView of(Settings settings) {
			return new SettingsView(settings.companyName(), settings.defaultLanguage(), settings.sessionMinutes(),
					settings.logoUrl(), settings.updatedBy(), settings.updatedAt());
		}

	}

	@GetMapping("/api/admin/settings")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The company's settings")
	SettingsView read() {
		return SettingsView.of(settings.current());
	}

	@PutMapping("/api/admin/settings")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change the company name, default language (zh-CN, en-US or null: the browser's) "
			+ "and session length in minutes (5 to 10080, for sessions started afterwards)")
	SettingsView update(@RequestBody CompanySettings.Change body, Principal caller) {
		return SettingsView.of(settings.update(body, caller.getName()));
	}

	@PostMapping(path = "/api/admin/settings/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Upload the company's logo: PNG, JPEG or WebP, at most 256 KB")
	SettingsView uploadLogo(@RequestParam(name = "file", required = false) MultipartFile file, Principal caller)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("logo", "settings.logo.required")));
		}
		if (file.getSize() > Logo.MAX_BYTES) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("logo", "settings.logo.tooLarge", Logo.MAX_BYTES / 1024)));
		}
		return SettingsView.of(settings.setLogo(file.getBytes(), caller.getName()));
	}

	@DeleteMapping("/api/admin/settings/logo")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove the company's logo")
	SettingsView removeLogo(Principal caller) {
		return SettingsView.of(settings.removeLogo(caller.getName()));
	}

	@GetMapping("/api/public/logo")
	@Operation(summary = "The company's logo (no login needed); 404 without one")
	ResponseEntity<byte[]> logo() {
		return settings.logo()
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.mediaType()))
				// the address carries the logo's version (?v=…)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(logo.bytes()))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "settings.logo.none"));
	}

}
