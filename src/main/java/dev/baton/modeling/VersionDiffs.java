package dev.baton.modeling;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.modeling.ModelingJson.Changes;
import dev.baton.modeling.ModelingJson.DiffView;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Compares two versions of a process, or a version with the draft ({@code draft}). */
@Component
class VersionDiffs {

	static final String DRAFT = "draft";

	private record Side(String xml, Map<String, JsonNode> forms) {
	}

	private final ProcessVersions versions;

	private final Drafts drafts;

	VersionDiffs(ProcessVersions versions, Drafts drafts) {
		this.versions = versions;
		this.drafts = drafts;
	}

	DiffView diff(String key, String from, String to) {
		Integer fromVersion = parse("from", from);
		Integer toVersion = parse("to", to);
		Side a = side(key, fromVersion);
		Side b = side(key, toVersion);
		ModelDiff.Changes elements;
		try {
			elements = ModelDiff.elements(a.xml(), b.xml());
		}
		catch (ModelXml.Invalid unreadable) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "modeling.diff.unreadable",
					unreadable.getMessage());
		}
		ModelDiff.Changes forms = ModelDiff.forms(a.forms(), b.forms());
		return new DiffView(key, from.trim(), to.trim(), elements.added(), elements.removed(), elements.changed(),
				new Changes(forms.added(), forms.removed(), forms.changed()));
	}

	private Side side(String key, Integer version) {
		if (version == null) {
			Drafts.Content draft = drafts.content(key);
			return new Side(draft.draft().bpmnXml(), draft.forms());
		}
		ProcessVersions.Content content = versions.content(versions.require(key, version));
		return new Side(content.bpmnXml(), content.forms());
	}

	/** A version number, or {@code null} for the draft; 400 otherwise. */
	private static Integer parse(String parameter, String value) {
		String text = value == null ? "" : value.trim();
		if (DRAFT.equalsIgnoreCase(text)) {
			return null;
		}
		try {
			int version = Integer.parseInt(text);
			if (version > 0) {
				return version;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below
		}
		throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
				List.of(new FieldProblem(parameter, "modeling.diff.side")));
	}

}
