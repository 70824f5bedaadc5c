package dev.baton.departures;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.baton.departures.DepartureImpact.Named;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.modeling.ApproverRulesInUse;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Before a person loses roles: the roles a published process's approver rule looks for
 * that nobody active would hold afterwards (e.g. the last finance manager is given
 * another job), so that the administrator is warned before saving.
 */
@Component
class RoleRemovalCheck {

	private final Directory directory;

	private final ApproverRulesInUse rules;

	RoleRemovalCheck(Directory directory, ApproverRulesInUse rules) {
		this.directory = directory;
		this.rules = rules;
	}

	/** The roles left without a holder if the person kept only {@code rolesKept}. */
	List<Named> orphanedBy(String userId, Collection<String> rolesKept, Locale locale) {
		Person person = directory.person(userId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.person.notFound", userId));
		var used = rules.rolesUsed();
		boolean english = "en".equals(locale.getLanguage());
		return directory.roles()
			.stream()
			.filter(role -> person.active() && person.roleIds().contains(role.id()) && !rolesKept.contains(role.id()))
			.filter(role -> used.contains(role.id()))
			.filter(role -> directory.holdersOf(role.id()).stream().allMatch(holder -> holder.id().equals(userId)))
			.map(role -> new Named(role.id(), english && role.nameEn() != null ? role.nameEn() : role.nameZh()))
			.toList();
	}

}
