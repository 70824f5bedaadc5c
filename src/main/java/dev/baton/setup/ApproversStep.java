package dev.baton.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * "Check the approvers": done when no published process has a step that finds nobody for
 * any department's sample person, or once an administrator marked the approvers reviewed.
 */
@Component
class ApproversStep implements SetupStep {

	private final ApproverCheck check;

	private final SetupMarks marks;

	ApproversStep(ApproverCheck check, SetupMarks marks) {
		this.check = check;
		this.marks = marks;
	}

	@Override
	public String id() {
		return "approvers";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String link() {
		return "/admin/setup/approvers";
	}

	@Override
	public Status status() {
		List<ApproverCheck.Sample> samples = check.samples();
		List<ApproverCheck.Sample> nobody = samples.stream().filter(ApproverCheck.Sample::findsNobody).toList();
		boolean reviewed = marks.find(SetupMarks.APPROVERS_REVIEWED).isPresent();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("routes", samples.size());
		facts.put("routesFindingNobody", nobody.size());
		facts.put("reviewed", reviewed);
		return new Status(nobody.isEmpty() || reviewed, facts);
	}

}
