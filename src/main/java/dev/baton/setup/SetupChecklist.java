package dev.baton.setup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import dev.baton.web.ProblemException;

/**
 * The getting-started checklist: every {@link SetupStep} bean in order, each with its
 * state now; dismissed by an administrator once every item is done.
 */
@Service
class SetupChecklist {

	/** One item as the web app shows it. */
	record Item(String id, String link, boolean done, Map<String, Object> facts) {
	}

	/** The checklist: its items, whether all are done, whether it was dismissed. */
	record State(List<Item> items, boolean done, boolean dismissed) {
	}

	private final List<SetupStep> steps;

	private final SetupMarks marks;

	SetupChecklist(List<SetupStep> steps, SetupMarks marks) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(SetupStep::order)).toList();
		this.marks = marks;
	}

	State state() {
		List<Item> items = steps.stream().map(step -> {
			SetupStep.Status status = step.status();
			return new Item(step.id(), step.link(), status.done(), status.facts());
		}).toList();
		return new State(items, items.stream().allMatch(Item::done), marks.find(SetupMarks.DISMISSED).isPresent());
	}

	/** Hides the checklist for good; refused (409) while an item is not done. */
	State dismiss(String by) {
		State state = state();
		if (!state.done()) {
			throw new ProblemException(HttpStatus.CONFLICT, "setup.checklist.notDone",
					String.join(", ", state.items().stream().filter(item -> !item.done()).map(Item::id).toList()));
		}
		marks.mark(SetupMarks.DISMISSED, by);
		return new State(state.items(), true, true);
	}

}
