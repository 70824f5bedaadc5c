package dev.baton.modeling;

import java.util.List;

/**
 * Publishing stopped: Baton's checks found errors, or the engine refused the model.
 * Nothing was published.
 */
class PublishRefusedException extends RuntimeException {

	private final transient List<Finding> findings;

	PublishRefusedException(List<Finding> findings) {
		super("The model has " + findings.stream().filter(Finding::isError).count() + " error(s)");
		this.findings = List.copyOf(findings);
	}

	List<Finding> findings() {
		return findings;
	}

}
