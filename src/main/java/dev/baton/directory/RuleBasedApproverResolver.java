package dev.baton.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.baton.directory.ApproverResolution.Outcome;
import dev.baton.directory.ApproverResolver.Quorum;
import dev.baton.directory.ApproverRule.IfRepeated;

/**
 * The steps are described on {@link ApproverResolver}; the kinds on
 * {@link ApproverRule.Kind}.
 */
@Service
class RuleBasedApproverResolver implements ApproverResolver {

	private final OrgLookup org;

	private final OrgChartWalk walk;

	private final CandidateFinder finder;

	RuleBasedApproverResolver(OrgLookup org) {
		this.org = org;
		this.walk = new OrgChartWalk(org);
		this.finder = new CandidateFinder(org, walk);
	}

	@Override
	public ApproverResolution resolve(ApproverRule rule, ApprovalContext context, Quorum quorum) {
		String ruleName = "(" + ApproverRule.APPROVER + "=" + rule.kind().propertyValue() + ")";
		Candidates candidates = finder.find(rule, context);
		if (candidates.missing() != null) {
			return nobody(rule, candidates.missing() + " " + ruleName);
		}
		List<String> approvers = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String id : new LinkedHashSet<>(candidates.ids())) {
			Optional<Person> person = org.person(id);
			if (person.isPresent() && person.get().active()) {
				approvers.add(id);
			}
			else {
				problems.add("'" + id + "' is " + (person.isPresent() ? "not active" : "not in the directory"));
			}
		}
		if (approvers.isEmpty()) {
			return nobody(rule, "No active user among " + candidates.source() + ": " + String.join(", ", problems) + " "
					+ ruleName);
		}

		List<String> notes = new ArrayList<>();
		String initiator = context.initiatorId();
		if (initiator != null && approvers.contains(initiator)) {
			switch (rule.ifInitiator()) {
				case ALLOW ->
					notes.add("the initiator '" + initiator + "' approves their own request (if-initiator=allow)");
				case SKIP -> {
					approvers.remove(initiator);
					if (approvers.isEmpty()) {
						return new ApproverResolution(Outcome.SKIP, List.of(), List.of(),
								"The only approver, " + candidates.source() + ", is the initiator '" + initiator
										+ "'; the step is skipped (if-initiator=skip) " + ruleName);
					}
					notes.add("the initiator '" + initiator + "' is left out (if-initiator=skip)");
				}
				case MANAGER -> {
					Optional<String> manager = activeManagerOf(initiator);
					int position = approvers.indexOf(initiator);
					approvers.remove(initiator);
					if (manager.isEmpty()) {
						if (approvers.isEmpty()) {
							return nobody(rule, "The only approver, " + candidates.source() + ", is the initiator '"
									+ initiator + "', who has no active manager to approve instead " + ruleName);
						}
						notes.add("the initiator '" + initiator + "' is left out and has no active manager"
								+ " to approve instead (if-initiator=manager)");
					}
					else if (approvers.contains(manager.get())) {
						notes.add("the initiator '" + initiator + "' is left out; their manager '" + manager.get()
								+ "' approves anyway (if-initiator=manager)");
					}
					else {
						approvers.add(position, manager.get());
						notes.add("the initiator '" + initiator + "' is replaced by their manager '" + manager.get()
								+ "' (if-initiator=manager)");
					}
				}
			}
		}

		List<String> autoApproved = new ArrayList<>();
		if (rule.ifRepeated() == IfRepeated.AUTO_APPROVE) {
			Set<String> previous = Set.copyOf(context.previousApprovers());
			approvers.stream().filter(previous::contains).forEach(autoApproved::add);
			approvers.removeAll(previous);
			if (!autoApproved.isEmpty()) {
				notes.add(names(autoApproved) + " approved the previous step and "
						+ (autoApproved.size() == 1 ? "is" : "are")
						+ " approved automatically (if-repeated=auto-approve)");
				if (quorum == Quorum.ANY_ONE && !approvers.isEmpty()) {
					notes.add("one approval completes this step, so " + names(approvers) + " "
							+ (approvers.size() == 1 ? "is" : "are") + " not asked");
					approvers.clear();
				}
			}
		}

		String details = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
		if (!approvers.isEmpty()) {
			return new ApproverResolution(Outcome.ASSIGN, approvers, autoApproved,
					"Assigned to " + names(approvers) + ": " + candidates.source() + " " + ruleName + details);
		}
		return new ApproverResolution(Outcome.AUTO_APPROVED, List.of(), autoApproved,
				"Approved automatically: " + candidates.source() + " " + ruleName + details);
	}

	/** Nobody to ask: {@link ApproverRule.IfNone} decides. */
	private ApproverResolution nobody(ApproverRule rule, String missing) {
		return switch (rule.ifNone()) {
			case SKIP -> new ApproverResolution(Outcome.SKIP, List.of(), List.of(),
					missing + "; the step is skipped (if-none=skip)");
			case FAIL -> new ApproverResolution(Outcome.FAIL, List.of(), List.of(), missing + " (if-none=fail)");
			case ADMIN -> {
				List<String> admins = org.withSystemRole(SystemRole.ADMIN)
					.stream()
					.filter(Person::active)
					.map(Person::id)
					.toList();
				yield admins.isEmpty()
						? new ApproverResolution(Outcome.FAIL, List.of(), List.of(),
								missing + "; there is no active administrator to approve instead (if-none=admin)")
						: new ApproverResolution(Outcome.ASSIGN, admins, List.of(),
								missing + "; assigned to the administrators " + names(admins)
										+ ApproverResolution.ADMINISTRATORS_INSTEAD);
			}
		};
	}

	/** The initiator's manager as {@code manager} level 1 finds them, if active. */
	private Optional<String> activeManagerOf(String initiatorId) {
		return org.person(initiatorId)
			.flatMap(walk::managerOf)
			.filter(id -> !id.equals(initiatorId))
			.filter(id -> org.person(id).map(Person::active).orElse(false));
	}

	private static String names(List<String> ids) {
		return "'" + String.join("', '", ids) + "'";
	}

}
