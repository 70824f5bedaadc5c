package dev.baton.modeling;

import java.util.Comparator;
import java.util.List;

import dev.baton.modeling.ModelingJson.FindingView;
import dev.baton.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Findings in the caller's language, errors first (otherwise in the order they were
 * found).
 */
@Component
class FindingViews {

	private final Messages messages;

	FindingViews(Messages messages) {
		this.messages = messages;
	}

	List<FindingView> of(List<Finding> findings) {
		return findings.stream().sorted(Comparator.comparing(Finding::severity)).map(this::of).toList();
	}

	FindingView of(Finding finding) {
		String message = finding.text() != null ? finding.text()
				: messages.get(finding.code(), finding.arguments().toArray());
		return new FindingView(finding.elementId(), finding.severity().json(), finding.code(), message, finding.line(),
				finding.column());
	}

}
