package dev.baton.operations;

import java.util.List;

import dev.baton.operations.OperationsJson.MigrateBody;
import dev.baton.operations.OperationsJson.MigrationCheck;
import dev.baton.operations.OperationsJson.Migrated;
import dev.baton.operations.OperationsJson.ProcessVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Versions in the operations console, administrators only: running requests per process
 * version, the check of moving a version's requests to the latest one, and the move.
 */
@RestController
@RequestMapping("/api/admin/requests/versions")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Operations")
class VersionsController {

	private final VersionMigration migration;

	VersionsController(VersionMigration migration) {
		this.migration = migration;
	}

	@GetMapping
	@Operation(summary = "The processes with running requests, each version with how many run on it")
	List<ProcessVersions> running() {
		return migration.running();
	}

	@GetMapping("/check")
	@Operation(summary = "What moving a version's running requests to the latest version would do: the steps that "
			+ "map, the steps that do not, the engine's validation failures")
	@ApiResponse(responseCode = "400", description = "no such process version")
	MigrationCheck check(@RequestParam(required = false) String from) {
		return migration.check(from);
	}

	@PostMapping("/migrate")
	@Operation(summary = "Move every running request of a version to the latest version (the one the caller checked)")
	@ApiResponse(responseCode = "400", description = "no reason, or no such process version")
	@ApiResponse(responseCode = "409",
			description = "a newer version was published meanwhile, or the check finds steps that do not map")
	Migrated migrate(@RequestBody(required = false) MigrateBody body) {
		MigrateBody given = body == null ? new MigrateBody(null, null, null) : body;
		return migration.migrate(given.fromDefinitionId(), given.toDefinitionId(), given.reason());
	}

}
