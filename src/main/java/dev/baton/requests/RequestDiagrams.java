package dev.baton.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.baton.requests.RequestJson.Diagram;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A request's diagram as its page draws it: the model of its own version, the steps
 * finished and open, and where an ended request stopped short of its end. The caller has
 * checked that the reader may see the request.
 */
@Component
class RequestDiagrams {

	private final RepositoryService repositoryService;

	private final HistoryService historyService;

	private final RequestLedger ledger;

	RequestDiagrams(RepositoryService repositoryService, HistoryService historyService, RequestLedger ledger) {
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.ledger = ledger;
	}

	Diagram of(RequestRow row) {
		String requestId = row.id();
		String xml;
		try (InputStream model = repositoryService.getProcessModel(row.processDefinitionId())) {
			xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NotFoundException gone) {
			// its deployment was deleted (with everything started from it); the row stays
			throw new ProblemException(HttpStatus.NOT_FOUND, "request.diagram.gone", requestId);
		}
		Set<String> completed = new LinkedHashSet<>();
		Set<String> active = new LinkedHashSet<>();
		List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(row.processInstanceId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		for (HistoricActivityInstance activity : activities) {
			String id = activity.getActivityId();
			if (id == null || id.contains("#")) {
				continue; // multi-instance bodies are not shapes of the diagram
			}
			if (activity.getEndTime() == null) {
				active.add(id);
			}
			else if (!activity.isCanceled()) {
				completed.add(id);
			}
		}
		return new Diagram(xml, List.copyOf(completed), List.copyOf(active), stoppedSteps(row, activities));
	}

	/**
	 * Where an ended request stopped short of its end: the step that rejected it, or the
	 * steps that were open when it was withdrawn or cancelled (cancelled with the
	 * instance, not before by a return).
	 */
	private List<String> stoppedSteps(RequestRow row, List<HistoricActivityInstance> activities) {
		if (row.running() || row.status() == RequestStatus.COMPLETED) {
			return List.of();
		}
		if (row.status() == RequestStatus.REJECTED) {
			var reject = RequestLedger.lastDecision(ledger.entriesOf(row.processInstanceId()));
			if (reject != null && reject.stepId() != null) {
				return List.of(reject.stepId());
			}
		}
		Instant end = activities.stream()
			.map(HistoricActivityInstance::getEndTime)
			.filter(time -> time != null)
			.map(java.util.Date::toInstant)
			.max(Instant::compareTo)
			.orElse(null);
		if (end == null) {
			return List.of();
		}
		Set<String> stopped = new LinkedHashSet<>();
		for (HistoricActivityInstance activity : activities) {
			String id = activity.getActivityId();
			if (id != null && !id.contains("#") && activity.isCanceled() && activity.getEndTime() != null
					&& !activity.getEndTime().toInstant().isBefore(end.minusSeconds(2))) {
				stopped.add(id);
			}
		}
		return List.copyOf(stopped);
	}

}
