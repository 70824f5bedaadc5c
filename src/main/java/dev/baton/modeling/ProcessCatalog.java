package dev.baton.modeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.baton.engine.RequestSummaryValues;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a process version says about itself, read once from its BPMN (a deployed version
 * never changes): names and description in Chinese and English, the prefix of its request
 * ids, its start event and the names of its steps. See processes/README.md for the
 * properties.
 * <p>
 * Models come from anywhere the engine takes them (Camunda Modeler through
 * {@code /engine-rest} too), so the BPMN is read defensively: elements without id or
 * name, several processes in one file, a process without a plain start event. A version
 * that cannot be read at all is described by what the engine knows (its name or key), has
 * no start event — so it is offered to nobody for start — and is logged once, never
 * failing a list it is part of. See docs/safety-policy.md, "Models Baton did not write".
 */
@Component
public class ProcessCatalog {

	static final String ENGLISH_NAME = "baton.name.en";
	static final String CHINESE_DESCRIPTION = "baton.description.zh";
	static final String KEY_PREFIX = "baton.key.prefix";

	private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

	private final RepositoryService repositoryService;

	private static final Logger log = LoggerFactory.getLogger(ProcessCatalog.class);

	private final Map<String, ProcessInfo> cache = new ConcurrentHashMap<>();

	/** The versions that could not be read, each logged once. */
	private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

	ProcessCatalog(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/** A name or text in both languages; {@link #in(Locale)} picks the caller's. */
	public record Localized(String zh, String en) {

		public String in(Locale locale) {
			return isEnglish(locale) ? en : zh;
		}

		public static boolean isEnglish(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage());
		}
	}

	/**
	 * @param summaryKeys the form fields that are the request's summary (the process
	 * property {@code baton.summary}), in order; empty when it names none
	 * @param startSetsInitiator whether the start event stores who started the request in
	 * the variable {@code initiator} ({@code camunda:initiator="initiator"}, as Baton's
	 * models do); a model from elsewhere may not
	 */
	public record ProcessInfo(String definitionId, String key, int version, Localized name, Localized description,
			String keyPrefix, String startEventId, Localized startEventName, Map<String, Localized> steps,
			List<String> summaryKeys, boolean startSetsInitiator) {

		/** The name of a flow element of this version; its id when it has none. */
		public Localized step(String elementId) {
			Localized name = elementId == null ? null : steps.get(elementId);
			return name != null ? name : new Localized(elementId, elementId);
		}

		/**
		 * Whether a request can be started from a form: the process has a plain start
		 * event (not only message, timer or signal start events).
		 */
		public boolean startableFromForm() {
			return startEventId != null;
		}
	}

	public ProcessInfo of(ProcessDefinition definition) {
		ProcessInfo known = cache.get(definition.getId());
		if (known != null) {
			return known;
		}
		try {
			return cache.computeIfAbsent(definition.getId(), id -> read(definition));
		}
		catch (RuntimeException unreadable) {
			// not cached: a failing database may answer next time
			warnOnce(definition.getId(), unreadable);
			String name = blankToNull(definition.getName()) != null ? definition.getName().trim() : definition.getKey();
			return new ProcessInfo(definition.getId(), definition.getKey(), definition.getVersion(),
					new Localized(name, name), new Localized(null, null), prefix(definition.getKey(), null), null, null,
					Map.of(), List.of(), false);
		}
	}

	/**
	 * A version by id; one the engine no longer has (its deployment was deleted while
	 * Baton's request rows still name it) is described by its id.
	 */
	public ProcessInfo of(String processDefinitionId) {
		ProcessInfo known = cache.get(processDefinitionId);
		if (known != null) {
			return known;
		}
		ProcessDefinition definition;
		try {
			definition = repositoryService.getProcessDefinition(processDefinitionId);
		}
		catch (RuntimeException gone) {
			warnOnce(processDefinitionId, gone);
			String key = processDefinitionId == null ? "" : processDefinitionId.split(":")[0];
			return new ProcessInfo(processDefinitionId, key, 0, new Localized(key, key), new Localized(null, null),
					prefix(key, null), null, null, Map.of(), List.of(), false);
		}
		return of(definition);
	}

	private void warnOnce(String processDefinitionId, RuntimeException cause) {
		if (unreadable.add(String.valueOf(processDefinitionId))) {
			log.warn("Process definition {} cannot be described; lists show it by its key and nobody can start it: {}",
					processDefinitionId, cause.toString(), cause);
		}
	}

	private ProcessInfo read(ProcessDefinition definition) {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
		Process process = model.getModelElementById(definition.getKey());
		if (process == null) {
			throw new IllegalStateException("its BPMN has no process with the id " + definition.getKey());
		}
		Map<String, String> properties = properties(process);
		String zhName = blankToNull(process.getName()) != null ? process.getName().trim() : definition.getKey();
		Localized name = new Localized(zhName, properties.getOrDefault(ENGLISH_NAME, zhName));
		String documentation = process.getDocumentations()
			.stream()
			.map(Documentation::getTextContent)
			.map(ProcessCatalog::blankToNull)
			.filter(text -> text != null)
			.map(String::trim)
			.findFirst()
			.orElse(null);
		Localized description = new Localized(properties.getOrDefault(CHINESE_DESCRIPTION, documentation),
				documentation);

		Map<String, Localized> steps = new HashMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if (blankToNull(element.getId()) == null) {
				// a sequence flow without id (the engine accepts it): nothing refers to
				// it
				continue;
			}
			String zh = blankToNull(element.getName()) != null ? element.getName().trim() : element.getId();
			steps.put(element.getId(), new Localized(zh, properties(element).getOrDefault(ENGLISH_NAME, zh)));
		}
		StartEvent start = noneStartEvent(process);
		String startId = start == null ? null : start.getId();
		return new ProcessInfo(definition.getId(), definition.getKey(), definition.getVersion(), name, description,
				prefix(definition.getKey(), properties.get(KEY_PREFIX)), startId,
				startId == null ? null : steps.get(startId), Map.copyOf(steps),
				RequestSummaryValues.keys(properties.get(RequestSummaryValues.PROPERTY)),
				start != null && ModelElements.INITIATOR_VARIABLE.equals(
						blankToNull(start.getCamundaInitiator()) == null ? null : start.getCamundaInitiator().trim()));
	}

	/**
	 * The process's own start event without an event definition (not one inside an event
	 * sub-process).
	 */
	private static StartEvent noneStartEvent(Process process) {
		return process.getChildElementsByType(StartEvent.class)
			.stream()
			.filter(event -> event.getEventDefinitions().isEmpty())
			.findFirst()
			.orElse(null);
	}

	/**
	 * The prefix of request ids: the process's {@code baton.key.prefix} (upper-case
	 * letters and digits, starting with a letter, at most 8) or else the initials of the
	 * process key's words ({@code purchase-request} → {@code PR}).
	 */
	static String prefix(String processKey, String configured) {
		if (configured != null) {
			String candidate = configured.trim().toUpperCase(Locale.ROOT);
			if (PREFIX.matcher(candidate).matches()) {
				return candidate;
			}
		}
		List<String> words = new ArrayList<>();
		for (String word : processKey.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && word.charAt(0) < 128) {
				words.add(word.toUpperCase(Locale.ROOT));
			}
		}
		if (words.isEmpty()) {
			return "REQ";
		}
		if (words.size() == 1) {
			String word = words.get(0).replaceAll("[^A-Z0-9]", "");
			return word.substring(0, Math.min(2, word.length()));
		}
		StringBuilder initials = new StringBuilder();
		for (String word : words.subList(0, Math.min(4, words.size()))) {
			initials.append(word.charAt(0));
		}
		return initials.toString();
	}

	private static Map<String, String> properties(BaseElement element) {
		Map<String, String> found = new HashMap<>();
		if (element.getExtensionElements() == null) {
			return found;
		}
		for (CamundaProperties properties : element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				String value = blankToNull(property.getCamundaValue());
				if (property.getCamundaName() != null && value != null) {
					found.put(property.getCamundaName().trim(), value.trim());
				}
			}
		}
		return found;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
