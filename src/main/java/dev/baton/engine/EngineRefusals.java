package dev.baton.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The engine's own refusal of a model that passed the safety policy — its BPMN parser (a
 * gateway flow without a condition, a sub-process without a start event …), its DMN
 * transformer, its form reader — in the shape of the policy's findings: the element, a
 * rule code whose message Baton has in English and Chinese, and the line and column in
 * the file. Known BPMN parse errors get a rule of their own with their names as
 * arguments; any other keeps the engine's English text (without error codes or class
 * names) as the argument of {@code bpmn.invalid}, {@code dmn.invalid},
 * {@code form.invalid} or {@code resource.invalid}.
 */
final class EngineRefusals {

	private record Known(Pattern message, PolicyRule rule) {
	}

	/**
	 * The BPMN parser's messages (camunda-engine 7.24 {@code BpmnParse}) that designers
	 * meet, with the names they contain as arguments, in order.
	 */
	private static final List<Known> KNOWN = List.of(known(
			"Exclusive Gateway '(.*)' has outgoing sequence flow '(.*)' without condition which is not the default flow\\..*",
			PolicyRule.BPMN_GATEWAY_FLOW_WITHOUT_CONDITION),
			known("Exclusive Gateway '(.*)' has outgoing sequence flow '(.*)' which is the default flow but has a condition too\\.",
					PolicyRule.BPMN_GATEWAY_DEFAULT_WITH_CONDITION),
			known("Exclusive Gateway '(.*)' has no outgoing sequence flows\\.", PolicyRule.BPMN_GATEWAY_NO_OUTGOING),
			known("Exclusive Gateway '(.*)' has only one outgoing sequence flow \\('(.*)'\\)\\. This is not allowed to have a condition\\.",
					PolicyRule.BPMN_GATEWAY_SINGLE_FLOW_WITH_CONDITION),
			known("\\w+ must define a startEvent element", PolicyRule.BPMN_START_EVENT_MISSING),
			known("multiple none start events or timer start events not supported on process definition",
					PolicyRule.BPMN_START_EVENT_MULTIPLE),
			known("multiple start events not supported for subprocess", PolicyRule.BPMN_START_EVENT_MULTIPLE),
			known("Invalid source '(.*)' of sequence flow '(.*)'", PolicyRule.BPMN_SEQUENCE_FLOW_SOURCE),
			known("Invalid destination '(.*)' of sequence flow '(.*)'", PolicyRule.BPMN_SEQUENCE_FLOW_TARGET),
			known("Sequence flow with sourceRef='(.*)' must have an id, activity with id '(.*)' uses 'asyncAfter'\\.",
					PolicyRule.BPMN_SEQUENCE_FLOW_NO_ID),
			known("Either loopCardinality or loopDataInputRef/activiti:collection must be set",
					PolicyRule.BPMN_MULTI_INSTANCE_COUNT),
			known("loopCardinality must be defined for a multiInstanceLoopCharacteristics definition",
					PolicyRule.BPMN_MULTI_INSTANCE_COUNT),
			known("Invalid 'messageRef': no message with id '(.*)' found\\.", PolicyRule.BPMN_MESSAGE_UNKNOWN),
			known("Could not find signal with id '(.*)'", PolicyRule.BPMN_SIGNAL_UNKNOWN),
			known("'errorCode' is mandatory on errors referenced by throwing error event definitions, but the error '(.*)' does not define one\\.",
					PolicyRule.BPMN_ERROR_NO_CODE),
			known("Invalid reference in boundary event\\..*", PolicyRule.BPMN_BOUNDARY_EVENT_ATTACHED_TO),
			known("The deployment contains definitions with the same key '(.*)' \\(id attribute\\), this is not allowed",
					PolicyRule.BPMN_DUPLICATE_KEY),
			known("Element '.*': the approver rule manager-chain asks .*", PolicyRule.APPROVER_CHAIN_NEEDS_SEQUENCE));

	private static final Pattern ENGINE_CODE = Pattern.compile("^[A-Z]+-\\d+\\s+");

	private static final Pattern CLASS_NAME = Pattern
		.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

	private static final Pattern SAX_PREFIX = Pattern.compile("^Error: URI=\\S* Line=(\\d+):\\s*");

	private static final Pattern LINE_COLUMN = Pattern.compile("\\bline (\\d+)(?:,? column (\\d+))?");

	private static final Pattern RESOURCE_NAME = Pattern.compile("resource '([^']+)'|resource (\\S+?)\\.(?:\\s|$)");

	private EngineRefusals() {
	}

	private static Known known(String message, PolicyRule rule) {
		return new Known(Pattern.compile(message, Pattern.DOTALL), rule);
	}

	/**
	 * Whether the failure is the engine refusing what it was given, rather than the
	 * database or a conflict with another command.
	 */
	static boolean isAboutTheModel(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProcessEnginePersistenceException || cause instanceof OptimisticLockingException
					|| cause instanceof java.sql.SQLException
					|| cause instanceof org.springframework.dao.DataAccessException
					|| cause instanceof org.apache.ibatis.exceptions.PersistenceException) {
				return false;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return true;
	}

	/**
	 * The engine's refusal of {@code deployment}, raised by a deployer for models of
	 * {@code kind}, as findings.
	 */
	static SafetyPolicyException translate(ProcessEngineException failure, ModelResources kind,
			DeploymentEntity deployment) {
		Files files = new Files(deployment);
		List<PolicyViolation> violations = new ArrayList<>();
		if (failure instanceof ParseException parse) {
			for (ResourceReport report : parse.getResorceReports()) {
				for (Problem problem : report.getErrors()) {
					violations.add(fromProblem(report.getResourceName(), problem, files));
				}
			}
		}
		if (violations.isEmpty()) {
			violations.add(fromFailure(failure, kind, files));
		}
		return SafetyPolicyException.engineRefusal(ResourceLimits.capped(violations), failure);
	}

	private static PolicyViolation fromProblem(String resource, Problem problem, Files files) {
		String message = problem.getMessage() == null ? "" : problem.getMessage().strip();
		String elementId = elementIdOf(problem.getMainElementId());
		PolicyViolation violation = null;
		for (Known known : KNOWN) {
			Matcher matcher = known.message().matcher(message);
			if (matcher.matches()) {
				List<Object> arguments = new ArrayList<>();
				if (matcher.groupCount() == 0) {
					arguments.add(elementId == null ? "" : elementId);
				}
				for (int group = 1; group <= matcher.groupCount(); group++) {
					arguments.add(matcher.group(group));
				}
				violation = known.rule().violation(resource, elementId, arguments.toArray());
				break;
			}
		}
		if (violation == null) {
			PolicyRule rule = message.startsWith("cvc-") ? PolicyRule.BPMN_SCHEMA : PolicyRule.BPMN_INVALID;
			violation = rule.violation(resource, elementId, readable(message));
		}
		XmlPositions.Position position = files.positionOf(resource, elementId, problem.getLine(), problem.getColumn());
		return position == null ? violation : violation.at(position.line(), position.column());
	}

	private static PolicyViolation fromFailure(ProcessEngineException failure, ModelResources kind, Files files) {
		String innermost = innermostMessage(failure);
		Integer line = null;
		Integer column = null;
		Matcher sax = SAX_PREFIX.matcher(innermost);
		if (sax.find()) {
			line = Integer.valueOf(sax.group(1));
			innermost = innermost.substring(sax.end());
		}
		else {
			Matcher lineColumn = LINE_COLUMN.matcher(innermost);
			if (lineColumn.find()) {
				line = Integer.valueOf(lineColumn.group(1));
				column = lineColumn.group(2) == null ? null : Integer.valueOf(lineColumn.group(2));
			}
		}
		String resource = resourceNamed(failure, kind, files);
		PolicyRule rule = switch (kind) {
			case BPMN -> PolicyRule.BPMN_INVALID;
			case DMN -> PolicyRule.DMN_INVALID;
			case FORM -> PolicyRule.FORM_INVALID;
			default -> PolicyRule.RESOURCE_INVALID;
		};
		PolicyViolation violation = rule.violation(resource, null, readable(innermost));
		return line == null ? violation : violation.at(line, column == null ? 0 : column);
	}

	/** The resource a failure names, or else the first of the deployment of its kind. */
	private static String resourceNamed(Throwable failure, ModelResources kind, Files files) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			Matcher matcher = RESOURCE_NAME.matcher(String.valueOf(cause.getMessage()));
			while (matcher.find()) {
				String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
				if (files.has(name)) {
					return name;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return files.firstOf(kind);
	}

	/** {@code Task_1#multiInstanceBody} is the multi-instance body of {@code Task_1}. */
	private static String elementIdOf(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		int hash = id.indexOf('#');
		return hash > 0 ? id.substring(0, hash) : id;
	}

	private static String innermostMessage(Throwable failure) {
		String message = failure.getMessage();
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				message = cause.getMessage();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return message == null ? "" : message.strip();
	}

	/** The engine's text without its error code and without Java class names. */
	static String readable(String message) {
		String text = ENGINE_CODE.matcher(message == null ? "" : message.strip()).replaceFirst("");
		return CLASS_NAME.matcher(text).replaceAll("").strip();
	}

	/**
	 * The deployment's files, read (once each, only when asked) to find where an element
	 * starts.
	 */
	private static final class Files {

		private final Map<String, byte[]> bytes = new HashMap<>();

		private final List<String> names = new ArrayList<>();

		private final Map<String, Map<String, XmlPositions.Position>> elements = new HashMap<>();

		Files(DeploymentEntity deployment) {
			Map<String, ResourceEntity> resources = deployment.getResources();
			if (resources != null) {
				resources.values()
					.stream()
					.sorted(java.util.Comparator.comparing(ResourceEntity::getName))
					.forEach(resource -> {
						names.add(resource.getName());
						bytes.put(resource.getName(), resource.getBytes() == null ? new byte[0] : resource.getBytes());
					});
			}
		}

		boolean has(String name) {
			return bytes.containsKey(name);
		}

		String firstOf(ModelResources kind) {
			return names.stream()
				.filter(name -> ModelResources.of(name) == kind)
				.findFirst()
				.orElse(names.isEmpty() ? null : names.get(0));
		}

		/**
		 * Where the element starts; else where the engine's own position points to; else
		 * {@code null}.
		 */
		XmlPositions.Position positionOf(String resource, String elementId, int line, int column) {
			byte[] file = resource == null ? null : bytes.get(resource);
			if (file == null) {
				return line > 0 ? new XmlPositions.Position(line, column) : null;
			}
			if (elementId != null) {
				XmlPositions.Position element = elements.computeIfAbsent(resource, name -> starts(file)).get(elementId);
				if (element != null) {
					return element;
				}
			}
			return line > 0 ? XmlPositions.of(file, PolicyXml.read(file, ResourceLimits.MAX_DEPTH).encoding())
				.markupStart(line, column) : null;
		}

		private static Map<String, XmlPositions.Position> starts(byte[] file) {
			Map<String, XmlPositions.Position> starts = new HashMap<>();
			PolicyXml.Result read = PolicyXml.read(file, ResourceLimits.MAX_DEPTH);
			if (read.root() != null) {
				collect(read.root(), starts);
			}
			return starts;
		}

		private static void collect(PolicyXml.Node node, Map<String, XmlPositions.Position> starts) {
			String id = node.attribute("id");
			if (id != null && node.line > 0) {
				starts.putIfAbsent(id, new XmlPositions.Position(node.line, node.column));
			}
			node.children.forEach(child -> collect(child, starts));
		}

	}

}
