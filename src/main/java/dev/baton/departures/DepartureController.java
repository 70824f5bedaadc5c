package dev.baton.departures;

import dev.baton.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's departure: what depends on them, and the hand-over to a successor. */
@RestController
@RequestMapping("/api/admin/people/{id}/departure")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Departures", description = "Someone leaves: their work moves to a successor; administrators only")
class DepartureController {

	private final DepartureImpacts impacts;

	private final Departures departures;

	private final CurrentUser currentUser;

	private final RoleRemovalCheck roleRemovals;

	DepartureController(DepartureImpacts impacts, Departures departures, CurrentUser currentUser,
			RoleRemovalCheck roleRemovals) {
		this.impacts = impacts;
		this.departures = departures;
		this.currentUser = currentUser;
		this.roleRemovals = roleRemovals;
	}

	record RolesKept(java.util.List<String> roleIds) {
	}

	@PostMapping("/role-check")
	@Operation(summary = "Before saving a person with fewer roles: the roles an approver rule of a published "
			+ "process looks for that nobody active would hold afterwards")
	java.util.List<DepartureImpact.Named> roleCheck(@PathVariable String id, @RequestBody RolesKept body) {
		return roleRemovals.orphanedBy(id,
				body == null || body.roleIds() == null ? java.util.List.of() : body.roleIds(),
				LocaleContextHolder.getLocale());
	}

	record DepartureBody(String successor, String comment) {
	}

	@GetMapping
	@Operation(summary = "What still depends on the person: open tasks, reports, departments headed, roles nobody "
			+ "else holds, approver rules naming them")
	DepartureImpact impact(@PathVariable String id) {
		return impacts.of(id, LocaleContextHolder.getLocale());
	}

	@PostMapping
	@Operation(summary = "Hand everything the person holds to a successor (required when anything depends on "
			+ "them) and mark them as left; each task moves as a transfer by the administrator in the ledger")
	Departures.HandedOver depart(@PathVariable String id, @RequestBody DepartureBody body) {
		return departures.depart(id, body == null ? null : body.successor(), body == null ? null : body.comment(),
				currentUser.id(), LocaleContextHolder.getLocale());
	}

}
