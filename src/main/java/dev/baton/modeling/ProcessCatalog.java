package dev.baton.modeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.stereotype.Component;

/**
 * What a process version says about itself, read once from its BPMN (a deployed version
 * never changes): names and description in Chinese and English, the prefix of its request
 * ids, its start event and the names of its steps. See processes/README.md for the
 * properties.
 */
@Component
public class ProcessCatalog {

	static final String ENGLISH_NAME = "baton.name.en";
	static final String CHINESE_DESCRIPTION = "baton.description.zh";
	static final String KEY_PREFIX = "baton.key.prefix";

	private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

	private final RepositoryService repositoryService;

	private final Map<String, ProcessInfo> cache = new ConcurrentHashMap<>();

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
	 */
	public record ProcessInfo(String definitionId, String key, int version, Localized name, Localized description,
			String keyPrefix, String startEventId, Localized startEventName, Map<String, Localized> steps,
			List<String> summaryKeys) {

		/** The name of a flow element of this version; its id when it has none. */
		public Localized step(String elementId) {
			Localized name = elementId == null ? null : steps.get(elementId);
			return name != null ? name : new Localized(elementId, elementId);
		}
	}

	public ProcessInfo of(ProcessDefinition definition) {
		return cache.computeIfAbsent(definition.getId(), id -> read(definition));
	}

	public ProcessInfo of(String processDefinitionId) {
		ProcessInfo known = cache.get(processDefinitionId);
		return known != null ? known : of(repositoryService.getProcessDefinition(processDefinitionId));
	}

	private ProcessInfo read(ProcessDefinition definition) {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
		Process process = model.getModelElementById(definition.getKey());
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
			String zh = blankToNull(element.getName()) != null ? element.getName().trim() : element.getId();
			steps.put(element.getId(), new Localized(zh, properties(element).getOrDefault(ENGLISH_NAME, zh)));
		}
		StartEvent start = noneStartEvent(process);
		String startId = start == null ? null : start.getId();
		return new ProcessInfo(definition.getId(), definition.getKey(), definition.getVersion(), name, description,
				prefix(definition.getKey(), properties.get(KEY_PREFIX)), startId,
				startId == null ? null : steps.get(startId), Map.copyOf(steps),
				RequestSummaryValues.keys(properties.get(RequestSummaryValues.PROPERTY)));
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
