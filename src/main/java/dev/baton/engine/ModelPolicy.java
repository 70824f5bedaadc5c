package dev.baton.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.baton.engine.PolicyXml.Attribute;
import dev.baton.engine.PolicyXml.Node;

/**
 * Baton's safety policy over the files of one deployment (docs/safety-policy.md): every BPMN and
 * DMN file is read as raw XML, before the engine parses it, and every violation is collected.
 * Elements are matched by local name in any namespace, and the Camunda extension namespace
 * together with its old Activiti alias, exactly as the engine reads them, so a namespace trick
 * cannot hide an attribute from the policy that the engine would still obey.
 */
final class ModelPolicy {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_FLOW_ELEMENTS = 500;
    static final int MAX_DEPTH = 64;
    static final int MAX_CARDINALITY = 100;
    static final int MAX_VIOLATIONS = 200;

    static final String BLOCK_PROPERTY = "baton.block";

    private static final Set<String> CAMUNDA_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess", "definitions");
    private static final Set<String> NOT_FLOW_ELEMENTS = Set.of("extensionElements", "documentation", "laneSet", "incoming", "outgoing",
            "ioSpecification", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "property", "dataInputAssociation",
            "dataOutputAssociation");

    /** Camunda attributes that configure, but never run code; their values are still checked as expressions. */
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "versionTag", "historyTimeToLive", "isStartableInTasklist", "candidateStarterGroups", "candidateStarterUsers",
            "jobPriority", "taskPriority", "initiator", "formRef", "formRefBinding", "formRefVersion",
            "assignee", "candidateUsers", "candidateGroups", "dueDate", "followUpDate", "priority",
            "asyncBefore", "asyncAfter", "async", "exclusive", "elementVariable",
            "calledElementVersion", "calledElementVersionTag", "calledElementTenantId",
            "decisionRefBinding", "decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId", "mapDecisionResult",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "errorMessage",
            "variableName", "variableEvents", "topic", "caseBinding", "caseVersion", "caseTenantId",
            "modelerTemplate", "modelerTemplateVersion", "diagramRelationId");

    /** Camunda extension elements that hold data only. */
    private static final Set<String> ALLOWED_EXTENSION_ELEMENTS = Set.of(
            "properties", "property", "inputOutput", "inputParameter", "outputParameter", "list", "map", "entry", "value",
            "in", "out", "failedJobRetryTimeCycle", "potentialStarter");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern IDENTIFIER_EXPRESSION = Pattern.compile("\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}");

    private final Set<String> buildingBlocks;

    /** @param buildingBlocks names of Baton's reviewed building blocks ({@code baton.block}); empty for now */
    ModelPolicy(Set<String> buildingBlocks) {
        this.buildingBlocks = Set.copyOf(buildingBlocks);
    }

    /** Every violation in the files of one deployment (file name → content), in file and document order. */
    List<PolicyViolation> check(Map<String, byte[]> resources) {
        List<PolicyViolation> violations = new ArrayList<>();
        Map<String, Node> bpmn = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            String name = resource.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
                Node root = read(name, resource.getValue(), violations);
                if (root != null) {
                    bpmn.put(name, root);
                }
            } else if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
                Node root = read(name, resource.getValue(), violations);
                if (root != null) {
                    checkDmn(name, root, violations);
                }
            } else if (lower.endsWith(".cmmn") || lower.endsWith(".cmmn10.xml") || lower.endsWith(".cmmn11.xml")) {
                violations.add(PolicyRule.RESOURCE_UNSUPPORTED.violation(name, null, "CMMN"));
            }
        }
        Set<String> processIds = new HashSet<>();
        bpmn.values().forEach(root -> collectProcessIds(root, processIds));
        List<Call> calls = new ArrayList<>();
        bpmn.forEach((name, root) -> new BpmnCheck(name, processIds, calls, violations).run(root));
        checkRecursion(calls, violations);
        return violations.size() > MAX_VIOLATIONS ? List.copyOf(violations.subList(0, MAX_VIOLATIONS)) : violations;
    }

    private static Node read(String name, byte[] bytes, List<PolicyViolation> violations) {
        if (bytes.length > MAX_BYTES) {
            violations.add(PolicyRule.SIZE_BYTES.violation(name, null, bytes.length, MAX_BYTES));
            return null;
        }
        PolicyXml.Result result = PolicyXml.read(bytes, MAX_DEPTH);
        if (result.failure() == null) {
            return result.root();
        }
        violations.add(switch (result.failure()) {
            case DOCTYPE -> PolicyRule.XML_DOCTYPE.violation(name, null);
            case TOO_DEEP -> PolicyRule.SIZE_DEPTH.violation(name, null, MAX_DEPTH);
            case MALFORMED -> PolicyRule.XML_MALFORMED.violation(name, null, result.problem());
        });
        return null;
    }

    private static void collectProcessIds(Node node, Set<String> ids) {
        if (node.is("process") && node.attribute("id") != null) {
            ids.add(node.attribute("id"));
        }
        node.children.forEach(child -> collectProcessIds(child, ids));
    }

    /** The id to name for a problem at {@code node}: the flow element, process or root element it belongs to. */
    static String ownerId(Node node) {
        String nearest = null;
        for (Node current = node; current != null; current = current.parent) {
            String id = current.attribute("id");
            if (id != null) {
                if (nearest == null) {
                    nearest = id;
                }
                if (current.parent == null || CONTAINERS.contains(current.parent.localName) || current.is("process")) {
                    return id;
                }
            }
        }
        return nearest;
    }

    private static boolean isCamunda(String uri) {
        return CAMUNDA_NAMESPACES.contains(uri);
    }

    private record Call(String resource, String elementId, String fromProcess, String toProcess) {
    }

    /** One BPMN file. */
    private final class BpmnCheck {

        private final String resource;
        private final Set<String> processIds;
        private final List<Call> calls;
        private final List<PolicyViolation> violations;

        BpmnCheck(String resource, Set<String> processIds, List<Call> calls, List<PolicyViolation> violations) {
            this.resource = resource;
            this.processIds = processIds;
            this.calls = calls;
            this.violations = violations;
        }

        void run(Node root) {
            int flowElements = countFlowElements(root);
            if (flowElements > MAX_FLOW_ELEMENTS) {
                violations.add(PolicyRule.SIZE_ELEMENTS.violation(resource, null, flowElements, MAX_FLOW_ELEMENTS));
                return;
            }
            visit(root);
        }

        private int countFlowElements(Node root) {
            int count = 0;
            Deque<Node> open = new ArrayDeque<>(List.of(root));
            while (!open.isEmpty()) {
                Node node = open.pop();
                if (node.parent != null && CONTAINERS.contains(node.parent.localName) && !node.parent.is("definitions")
                        && !NOT_FLOW_ELEMENTS.contains(node.localName)) {
                    count++;
                }
                node.children.forEach(open::push);
            }
            return count;
        }

        private void add(PolicyRule rule, Node node, Object... arguments) {
            violations.add(rule.violation(resource, ownerId(node), arguments));
        }

        private void add(Node node, Optional<ExpressionPolicy.Finding> finding) {
            finding.ifPresent(found -> add(found.rule(), node, found.arguments().toArray()));
        }

        private void visit(Node node) {
            if (node.is("BPMNDiagram") && node.parent != null && node.parent.parent == null) {
                return; // diagram interchange: positions and shapes, never read by the engine
            }
            if (isCamunda(node.uri) && !checkExtensionElement(node)) {
                return;
            }
            if (!checkElement(node)) {
                return;
            }
            Set<String> handledAttributes = checkAttributes(node);
            for (Attribute attribute : node.attributes) {
                if (!handledAttributes.contains(attribute.qName())) {
                    add(node, ExpressionPolicy.check(attribute.value()));
                }
            }
            if (!handledText(node) && !node.text().isBlank()) {
                add(node, ExpressionPolicy.check(node.text()));
            }
            node.children.forEach(this::visit);
        }

        /** @return whether to look further into the element */
        private boolean checkElement(Node node) {
            switch (node.localName) {
                case "scriptTask" -> {
                    add(PolicyRule.SCRIPT_TASK, node);
                    return false;
                }
                case "script" -> {
                    add(PolicyRule.SCRIPT_IO, node);
                    return false;
                }
                case "import" -> {
                    add(PolicyRule.XML_IMPORT, node);
                    return false;
                }
                case "serviceTask", "sendTask" -> checkServiceTask(node);
                case "businessRuleTask" -> {
                    String decision = camundaAttribute(node, "decisionRef");
                    if (ExpressionPolicy.containsExpression(decision)) {
                        add(PolicyRule.DECISION_EXPRESSION, node, decision);
                    }
                }
                case "callActivity" -> checkCallActivity(node);
                case "conditionExpression", "condition", "completionCondition" -> {
                    String language = node.attribute("language");
                    if (language != null) {
                        add(PolicyRule.SCRIPT_CONDITION, node, language);
                        return false;
                    }
                }
                case "timeCycle" -> add(node, TimerPolicy.checkCycle(node.text()));
                case "multiInstanceLoopCharacteristics" -> checkMultiInstance(node);
                default -> {
                }
            }
            return true;
        }

        /** Text that a rule of its own has already judged. */
        private boolean handledText(Node node) {
            return node.is("timeCycle") || node.is("loopCardinality") || node.is("loopDataInputRef")
                    || (isCamunda(node.uri) && node.is("failedJobRetryTimeCycle"));
        }

        /** @return whether to look further into the Camunda extension element */
        private boolean checkExtensionElement(Node node) {
            switch (node.localName) {
                case "executionListener", "taskListener" -> {
                    checkListener(node);
                    return false;
                }
                case "connector" -> {
                    add(PolicyRule.CODE_CONNECTOR, node);
                    return false;
                }
                case "field" -> {
                    add(PolicyRule.CODE_FIELD, node);
                    return false;
                }
                case "formData", "formProperty" -> {
                    add(PolicyRule.FORM_GENERATED, node);
                    return false;
                }
                case "script" -> {
                    return true; // judged as an element (script.io)
                }
                case "failedJobRetryTimeCycle" -> {
                    add(node, TimerPolicy.checkRetryCycle(node.text()));
                    return true;
                }
                default -> {
                    if (!ALLOWED_EXTENSION_ELEMENTS.contains(node.localName)) {
                        add(PolicyRule.EXTENSION_UNKNOWN, node, "camunda:" + node.localName);
                        return false;
                    }
                    return true;
                }
            }
        }

        private void checkListener(Node listener) {
            boolean found = false;
            if (listener.attribute("class") != null) {
                add(PolicyRule.CODE_CLASS, listener);
                found = true;
            }
            if (listener.attribute("delegateExpression") != null) {
                add(PolicyRule.CODE_DELEGATE_EXPRESSION, listener);
                found = true;
            }
            if (listener.attribute("expression") != null) {
                add(PolicyRule.CODE_EXPRESSION, listener);
                found = true;
            }
            if (listener.children.stream().anyMatch(child -> child.is("script"))) {
                add(PolicyRule.SCRIPT_LISTENER, listener);
                found = true;
            }
            if (!found) {
                add(PolicyRule.CODE_LISTENER, listener);
            }
        }

        /** @return the qualified names of attributes already judged (not to be read as expressions again) */
        private Set<String> checkAttributes(Node node) {
            Set<String> handled = new HashSet<>();
            for (Attribute attribute : node.attributes) {
                if (!isCamunda(attribute.uri())) {
                    continue;
                }
                String name = attribute.localName();
                String value = attribute.value();
                PolicyRule refused = switch (name) {
                    case "class", "formHandlerClass", "variableMappingClass" -> PolicyRule.CODE_CLASS;
                    case "delegateExpression", "variableMappingDelegateExpression" -> PolicyRule.CODE_DELEGATE_EXPRESSION;
                    case "expression" -> PolicyRule.CODE_EXPRESSION;
                    case "type" -> PolicyRule.CODE_TYPE;
                    case "resource" -> PolicyRule.CODE_EXTERNAL_RESOURCE;
                    case "formKey" -> PolicyRule.FORM_FORM_KEY;
                    case "caseRef" -> PolicyRule.CALL_CASE;
                    case "resultVariable" -> node.is("businessRuleTask") ? null : PolicyRule.CODE_RESULT_VARIABLE;
                    case "calledElementBinding" -> "latest".equals(value) || "deployment".equals(value) ? null : PolicyRule.CALL_BINDING;
                    case "collection", "decisionRef" -> null; // judged with their element
                    default -> ALLOWED_ATTRIBUTES.contains(name) ? null : PolicyRule.EXTENSION_UNKNOWN;
                };
                if (refused == PolicyRule.CODE_TYPE || refused == PolicyRule.CALL_BINDING) {
                    add(refused, node, value);
                } else if (refused == PolicyRule.EXTENSION_UNKNOWN) {
                    add(refused, node, "camunda:" + name);
                } else if (refused != null) {
                    add(refused, node);
                }
                if (refused != null || name.equals("collection") || name.equals("decisionRef")) {
                    handled.add(attribute.qName());
                }
            }
            return handled;
        }

        private void checkServiceTask(Node task) {
            for (String implementation : List.of("class", "delegateExpression", "expression", "type")) {
                if (camundaAttribute(task, implementation) != null) {
                    return; // refused by its attribute
                }
            }
            if (hasCamundaDescendant(task, "connector")) {
                return; // refused as a connector
            }
            String block = batonProperty(task, BLOCK_PROPERTY);
            if (block == null) {
                add(PolicyRule.TASK_SERVICE, task);
            } else if (!buildingBlocks.contains(block.strip())) {
                add(PolicyRule.BLOCK_UNKNOWN, task, block.strip());
            }
        }

        private void checkCallActivity(Node call) {
            String called = call.attribute("calledElement");
            if (called == null) {
                return; // a CMMN case (refused as call.case) or an engine error
            }
            if (ExpressionPolicy.containsExpression(called)) {
                add(PolicyRule.CALL_EXPRESSION, call, called);
                return;
            }
            if (!processIds.contains(called.strip())) {
                add(PolicyRule.CALL_OUTSIDE, call, called);
                return;
            }
            calls.add(new Call(resource, ownerId(call), processOf(call), called.strip()));
        }

        private void checkMultiInstance(Node loop) {
            for (Node child : loop.children) {
                if (child.is("loopCardinality")) {
                    String cardinality = child.text().strip();
                    if (cardinality.matches("\\d{1,9}")) {
                        if (Integer.parseInt(cardinality) > MAX_CARDINALITY) {
                            add(PolicyRule.MI_CARDINALITY, loop, cardinality, MAX_CARDINALITY);
                        }
                    } else if (!IDENTIFIER_EXPRESSION.matcher(cardinality).matches()) {
                        add(PolicyRule.MI_CARDINALITY_EXPRESSION, loop, cardinality);
                    } else {
                        add(loop, ExpressionPolicy.check(cardinality));
                    }
                } else if (child.is("loopDataInputRef")) {
                    checkCollection(loop, child.text().strip());
                }
            }
            String collection = camundaAttribute(loop, "collection");
            if (collection != null) {
                checkCollection(loop, collection.strip());
            }
        }

        private void checkCollection(Node loop, String collection) {
            if (IDENTIFIER.matcher(collection).matches()) {
                return;
            }
            if (IDENTIFIER_EXPRESSION.matcher(collection).matches()) {
                add(loop, ExpressionPolicy.check(collection));
                return;
            }
            add(PolicyRule.MI_COLLECTION, loop, collection);
        }
    }

    private static String processOf(Node node) {
        for (Node current = node; current != null; current = current.parent) {
            if (current.is("process")) {
                return current.attribute("id");
            }
        }
        return null;
    }

    private static String camundaAttribute(Node node, String name) {
        for (Attribute attribute : node.attributes) {
            if (isCamunda(attribute.uri()) && attribute.localName().equals(name)) {
                return attribute.value();
            }
        }
        return null;
    }

    private static boolean hasCamundaDescendant(Node node, String name) {
        for (Node child : node.children) {
            if ((isCamunda(child.uri) && child.is(name)) || hasCamundaDescendant(child, name)) {
                return true;
            }
        }
        return false;
    }

    private static String batonProperty(Node element, String name) {
        for (Node extensions : element.children) {
            if (!extensions.is("extensionElements")) {
                continue;
            }
            for (Node properties : extensions.children) {
                if (isCamunda(properties.uri) && properties.is("properties")) {
                    for (Node property : properties.children) {
                        if (isCamunda(property.uri) && property.is("property") && name.equals(property.attribute("name"))) {
                            return property.attribute("value");
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Call activities that lead back to their own process, directly or through others in the deployment. */
    private static void checkRecursion(List<Call> calls, List<PolicyViolation> violations) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (Call call : calls) {
            graph.computeIfAbsent(call.fromProcess(), process -> new LinkedHashSet<>()).add(call.toProcess());
        }
        for (Call call : calls) {
            if (reaches(graph, call.toProcess(), call.fromProcess())) {
                violations.add(PolicyRule.CALL_RECURSION.violation(call.resource(), call.elementId(), call.toProcess(), call.fromProcess()));
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(from));
        while (!open.isEmpty()) {
            String process = open.pop();
            if (process.equals(target)) {
                return true;
            }
            if (seen.add(process)) {
                open.addAll(graph.getOrDefault(process, Set.of()));
            }
        }
        return false;
    }

    /** The decision (or, outside one, the nearest element with an id) that a DMN element belongs to. */
    private static String decisionOf(Node node) {
        String nearest = null;
        for (Node current = node; current != null; current = current.parent) {
            if (nearest == null) {
                nearest = current.attribute("id");
            }
            if (current.is("decision") && current.attribute("id") != null) {
                return current.attribute("id");
            }
        }
        return nearest;
    }

    /** DMN: FEEL only (the engine's FEEL has external Java functions switched off); no JUEL, no scripts. */
    private static void checkDmn(String resource, Node node, List<PolicyViolation> violations) {
        for (String attribute : List.of("expressionLanguage", "typeLanguage")) {
            String language = node.attribute(attribute);
            if (language != null && !language.toLowerCase(Locale.ROOT).contains("feel")) {
                violations.add(PolicyRule.DMN_EXPRESSION_LANGUAGE.violation(resource, decisionOf(node), language));
            }
        }
        node.children.forEach(child -> checkDmn(resource, child, violations));
    }
}
