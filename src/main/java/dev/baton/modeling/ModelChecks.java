package dev.baton.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.ApprovalContext;
import dev.baton.directory.ApproverResolution;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import dev.baton.directory.ApproverRuleException;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.Role;
import dev.baton.engine.ApprovalVariables;
import dev.baton.forms.SupportedComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Baton's checks before a model is published (the browser lints BPMN itself; the engine and its
 * safety policy judge the deployment). Each finding names the element to highlight:
 * <ul>
 *   <li>the model: readable BPMN, one executable process whose id is the process key, one start
 *       event that records the initiator;</li>
 *   <li>forms: every user task and the start event reference a form of the draft, bound to the
 *       deployment; every form is a form-js schema; forms nobody references are reported;</li>
 *   <li>approvers: every user task has an approver rule that can be read and that finds somebody in
 *       today's organisation for a sample initiator, or is the initiator's own step
 *       ({@code ${initiator}}); roles and users named by a rule exist; a form field a rule reads is
 *       filled before the step; multi-instance tasks have a rule;</li>
 *   <li>conditions: only the safe expression subset, and every variable they read is a field of a
 *       form filled before (the start form or a task form on the way) or a variable of the engine
 *       such as {@code initiator};</li>
 *   <li>the graph: every element can be reached, and every element can reach an end event.</li>
 * </ul>
 */
@Component
class ModelChecks {

    static final String INITIATOR_VARIABLE = ApprovalVariables.INITIATOR;
    static final String DEPLOYMENT_BINDING = "deployment";

    private final Directory directory;
    private final ApproverResolver resolver;

    ModelChecks(Directory directory, ApproverResolver resolver) {
        this.directory = directory;
        this.resolver = resolver;
    }

    /**
     * @param key       the process key the draft is for
     * @param xml       the draft's BPMN (already accepted by {@link ModelXml#requireAcceptable})
     * @param forms     the draft's form-js schemas by form id
     * @param initiator the sample initiator approver rules are resolved for
     */
    List<Finding> check(String key, String xml, Map<String, JsonNode> forms, String initiator) {
        List<Finding> findings = new ArrayList<>();
        forms.forEach((id, schema) -> {
            if (!FormFields.isFormSchema(schema)) {
                findings.add(Finding.error(null, "modeling.check.form.invalid", id));
                return;
            }
            for (SupportedComponents.Unsupported component : SupportedComponents.in(schema)) {
                findings.add(Finding.error(null, "modeling.check.form.unsupported", id, component.name(),
                        component.type()));
            }
        });
        BpmnModelInstance model;
        try {
            model = ModelXml.read(xml);
        } catch (ModelXml.Invalid invalid) {
            findings.add(Finding.error(null, "modeling.check.bpmn.invalid", invalid.getMessage()));
            return findings;
        }
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).toList();
        if (executable.isEmpty()) {
            findings.add(Finding.error(null, "modeling.check.process.none", key));
            return findings;
        }
        Process process = executable.stream().filter(p -> key.equals(p.getId())).findFirst().orElse(executable.get(0));
        if (!key.equals(process.getId())) {
            findings.add(Finding.error(process.getId(), "modeling.check.process.key", process.getId(), key));
        }
        for (Process other : executable) {
            if (other != process) {
                findings.add(Finding.error(other.getId(), "modeling.check.process.many", other.getId()));
            }
        }
        new Run(process, forms, initiator, findings).all();
        return findings;
    }

    /** One check of one model: the graph and the forms' variables are worked out once. */
    private final class Run {
        private final Process process;
        private final ProcessGraph graph;
        private final Map<String, JsonNode> forms;
        private final String initiator;
        private final List<Finding> findings;
        private final Map<String, Set<String>> formVariables = new HashMap<>();
        private Set<String> roleIds;

        Run(Process process, Map<String, JsonNode> forms, String initiator, List<Finding> findings) {
            this.process = process;
            this.graph = ProcessGraph.of(process);
            this.forms = forms;
            this.initiator = initiator;
            this.findings = findings;
        }

        void all() {
            startEvent();
            formReferences();
            for (FlowNode node : graph.nodes()) {
                if (node instanceof UserTask task) {
                    approvers(task);
                }
            }
            for (SequenceFlow flow : graph.flows()) {
                if (flow.getConditionExpression() != null) {
                    condition(flow, flow.getConditionExpression());
                }
            }
            for (FlowNode node : graph.nodes()) {
                if (node instanceof ExclusiveGateway || node instanceof InclusiveGateway) {
                    gateway((Gateway) node);
                }
            }
            reachability();
        }

        // ------------------------------------------------------------- start

        private void startEvent() {
            List<StartEvent> starts = graph.noneStartEvents();
            if (starts.isEmpty()) {
                findings.add(Finding.error(process.getId(), "modeling.check.start.missing"));
                return;
            }
            for (StartEvent extra : starts.subList(1, starts.size())) {
                findings.add(Finding.error(extra.getId(), "modeling.check.start.many", label(extra)));
            }
            StartEvent start = starts.get(0);
            if (!INITIATOR_VARIABLE.equals(trimmed(start.getCamundaInitiator()))) {
                findings.add(Finding.error(start.getId(), "modeling.check.start.initiator", label(start), INITIATOR_VARIABLE));
            }
            if (trimmed(start.getCamundaFormRef()) == null) {
                findings.add(Finding.warning(start.getId(), "modeling.check.start.noForm", label(start)));
            }
        }

        // ------------------------------------------------------------- forms

        private void formReferences() {
            Set<String> used = new LinkedHashSet<>();
            Set<String> starts = graph.noneStartEvents().stream().map(StartEvent::getId).collect(Collectors.toSet());
            for (FlowNode node : graph.nodes()) {
                String formRef;
                String binding;
                if (node instanceof UserTask task) {
                    formRef = trimmed(task.getCamundaFormRef());
                    binding = trimmed(task.getCamundaFormRefBinding());
                    if (formRef == null) {
                        findings.add(Finding.error(task.getId(), "modeling.check.form.none", label(task)));
                        continue;
                    }
                } else if (node instanceof StartEvent start && starts.contains(start.getId())) {
                    formRef = trimmed(start.getCamundaFormRef());
                    binding = trimmed(start.getCamundaFormRefBinding());
                    if (formRef == null) {
                        continue;
                    }
                } else {
                    continue;
                }
                used.add(formRef);
                if (!forms.containsKey(formRef)) {
                    findings.add(Finding.error(node.getId(), "modeling.check.form.missing", label(node), formRef));
                }
                if (!DEPLOYMENT_BINDING.equals(binding)) {
                    findings.add(Finding.error(node.getId(), "modeling.check.form.binding", label(node)));
                }
            }
            for (String id : forms.keySet()) {
                if (!used.contains(id)) {
                    findings.add(Finding.warning(null, "modeling.check.form.unused", id));
                }
            }
        }

        // ------------------------------------------------------------- approvers

        private void approvers(UserTask task) {
            Map<String, String> properties = ModelProperties.approverRule(task);
            boolean multiInstance = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
            if (!ApproverRule.isDeclaredIn(properties)) {
                if (multiInstance) {
                    findings.add(Finding.error(task.getId(), "modeling.check.approver.multiInstance", label(task)));
                } else if (isInitiatorExpression(task.getCamundaAssignee())) {
                    return;
                } else if (trimmed(task.getCamundaAssignee()) != null || trimmed(task.getCamundaCandidateUsers()) != null
                        || trimmed(task.getCamundaCandidateGroups()) != null) {
                    findings.add(Finding.warning(task.getId(), "modeling.check.approver.static", label(task)));
                } else {
                    findings.add(Finding.error(task.getId(), "modeling.check.approver.missing", label(task)));
                }
                return;
            }
            ApproverRule rule;
            try {
                rule = ApproverRule.fromProperties(properties);
            } catch (ApproverRuleException invalid) {
                findings.add(Finding.error(task.getId(), "modeling.check.approver.invalid", label(task),
                        invalid.property(), invalid.value() == null ? "" : invalid.value(), invalid.getMessage()));
                return;
            }
            if (rule.kind() == ApproverRule.Kind.MANAGER_CHAIN && !multiInstance) {
                findings.add(Finding.error(task.getId(), "modeling.check.approver.chainNeedsSequence", label(task)));
            }
            boolean orgChartOk = namesExist(task, rule);
            switch (rule.kind()) {
                case FORM_USER, FORM_DEPARTMENT_HEAD -> {
                    String variable = firstSegment(rule.field());
                    if (!variablesBefore(task, false).contains(variable)) {
                        findings.add(Finding.error(task.getId(), "modeling.check.approver.formField", label(task), rule.field()));
                    }
                }
                default -> {
                    if (orgChartOk) {
                        resolvesForSample(task, rule);
                    }
                }
            }
        }

        /** Roles, departments and users the rule names exist in today's organisation. */
        private boolean namesExist(UserTask task, ApproverRule rule) {
            boolean ok = true;
            for (String role : new String[] {rule.role(), rule.untilRole()}) {
                if (role != null && !roleIds().contains(role)) {
                    findings.add(Finding.error(task.getId(), "modeling.check.approver.unknownRole", label(task), role));
                    ok = false;
                }
            }
            if (rule.department() != null && directory.department(rule.department()).isEmpty()) {
                findings.add(Finding.error(task.getId(), "modeling.check.approver.unknownDepartment", label(task),
                        rule.department()));
                ok = false;
            }
            for (String userId : rule.users()) {
                Optional<Person> person = directory.person(userId);
                if (person.isEmpty()) {
                    findings.add(Finding.error(task.getId(), "modeling.check.approver.unknownUser", label(task), userId));
                    ok = false;
                } else if (!person.get().active()) {
                    findings.add(Finding.warning(task.getId(), "modeling.check.approver.inactiveUser", label(task),
                            person.get().displayName(), userId));
                }
            }
            return ok;
        }

        /**
         * Whom the rule finds for the sample initiator, without its fallback: nobody is an error when
         * the rule would stop the request ({@code if-none=fail}), and a warning when the model says
         * what happens instead (the administrators get it, or the step is skipped).
         */
        private void resolvesForSample(UserTask task, ApproverRule rule) {
            ApproverRule withoutFallback = new ApproverRule(rule.kind(), rule.users(), rule.role(), rule.level(),
                    rule.untilRole(), rule.field(), rule.department(), ApproverRule.IfNone.FAIL, rule.ifInitiator(), rule.ifRepeated());
            ApproverResolution resolution = resolver.resolve(withoutFallback, new ApprovalContext(initiator, Map.of(), List.of()));
            if (resolution.outcome() != ApproverResolution.Outcome.FAIL) {
                return;
            }
            String who = directory.ref(initiator).name();
            switch (rule.ifNone()) {
                case FAIL -> findings.add(Finding.error(task.getId(), "modeling.check.approver.nobody.fail",
                        label(task), who, resolution.reason()));
                case ADMIN -> findings.add(Finding.warning(task.getId(), "modeling.check.approver.nobody.admin",
                        label(task), who, resolution.reason()));
                case SKIP -> findings.add(Finding.warning(task.getId(), "modeling.check.approver.nobody.skip",
                        label(task), who, resolution.reason()));
            }
        }

        private Set<String> roleIds() {
            if (roleIds == null) {
                roleIds = directory.roles().stream().map(Role::id).collect(Collectors.toSet());
            }
            return roleIds;
        }

        // ------------------------------------------------------------- conditions

        private void condition(SequenceFlow flow, ConditionExpression condition) {
            String language = trimmed(condition.getLanguage());
            if (language != null && !language.equalsIgnoreCase("juel")) {
                findings.add(Finding.error(flow.getId(), "modeling.check.condition.language", label(flow), language));
                return;
            }
            String text = condition.getTextContent();
            SafeExpression expression;
            try {
                expression = SafeExpression.parse(text);
            } catch (SafeExpression.Unsupported unsupported) {
                findings.add(Finding.error(flow.getId(), "modeling.check.condition.unsupported", label(flow),
                        text == null ? "" : text.strip(), unsupported.getMessage()));
                return;
            }
            // a flow leaving a task reads the task's own form too: it was submitted when the task completed
            Set<String> known = flow.getSource() == null ? Set.of() : variablesBefore(flow.getSource(), true);
            for (String variable : expression.variables()) {
                if (!known.contains(variable) && !ApprovalVariables.isReserved(variable)) {
                    FlowNode source = flow.getSource();
                    findings.add(Finding.error(flow.getId(), "modeling.check.condition.unknownField", label(flow),
                            variable, source == null ? "" : label(source)));
                }
            }
        }

        private void gateway(Gateway gateway) {
            Collection<SequenceFlow> outgoing = graph.flowsFrom(gateway.getId());
            if (outgoing.size() < 2) {
                return;
            }
            SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                    : ((InclusiveGateway) gateway).getDefault();
            long unconditional = outgoing.stream()
                    .filter(flow -> flow != defaultFlow && flow.getConditionExpression() == null).count();
            if (unconditional > 0) {
                findings.add(Finding.warning(gateway.getId(), "modeling.check.gateway.unconditional", label(gateway)));
            } else if (defaultFlow == null) {
                findings.add(Finding.warning(gateway.getId(), "modeling.check.gateway.noDefault", label(gateway)));
            }
        }

        // ------------------------------------------------------------- graph

        private void reachability() {
            Set<String> reachable = graph.reachableFrom(graph.entries());
            for (FlowNode node : graph.nodes()) {
                if (!reachable.contains(node.getId()) && !graph.isContainer(node.getId())) {
                    findings.add(Finding.error(node.getId(), "modeling.check.unreachable", label(node)));
                }
            }
            List<String> terminals = graph.nodes().stream().map(FlowNode::getId).filter(graph::isTerminal).toList();
            if (terminals.isEmpty()) {
                findings.add(Finding.error(process.getId(), "modeling.check.end.missing"));
                return;
            }
            List<String> deadEnds = new ArrayList<>();
            for (FlowNode node : graph.nodes()) {
                String id = node.getId();
                if (graph.outgoing(id).isEmpty() && !graph.isTerminal(id) && !graph.isContainer(id)) {
                    deadEnds.add(id);
                    findings.add(Finding.error(id, "modeling.check.deadEnd", label(node)));
                }
            }
            Set<String> canEnd = graph.reaching(terminals);
            Set<String> leadsToDeadEnd = graph.reaching(deadEnds);
            for (FlowNode node : graph.nodes()) {
                String id = node.getId();
                if (!canEnd.contains(id) && !leadsToDeadEnd.contains(id) && !graph.isContainer(id)
                        && reachable.contains(id)) {
                    findings.add(Finding.error(id, "modeling.check.noEnd", label(node)));
                }
            }
        }

        // ------------------------------------------------------------- helpers

        /**
         * The variables set by the forms of the start event and the user tasks from which this node
         * can be reached, with or without the node's own form.
         */
        private Set<String> variablesBefore(FlowNode node, boolean ownForm) {
            Set<String> variables = new LinkedHashSet<>();
            for (String id : graph.reaching(List.of(node.getId()))) {
                if (!ownForm && id.equals(node.getId())) {
                    continue;
                }
                FlowNode before = graph.node(id);
                String formRef = before instanceof UserTask task ? trimmed(task.getCamundaFormRef())
                        : before instanceof StartEvent start ? trimmed(start.getCamundaFormRef()) : null;
                if (formRef != null && forms.containsKey(formRef)) {
                    variables.addAll(formVariables.computeIfAbsent(formRef, ref -> FormFields.variables(forms.get(ref))));
                }
            }
            return variables;
        }
    }

    static boolean isInitiatorExpression(String assignee) {
        return assignee != null && assignee.replaceAll("\\s+", "").equals("${" + INITIATOR_VARIABLE + "}");
    }

    static String label(FlowElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? element.getId() : name.strip().replaceAll("\\s+", " ");
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
