package dev.baton.engine;

import java.util.ArrayList;

import dev.baton.directory.ApproverResolver;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Baton's additions to the engine, in one plugin: approver rules resolved from the organisation. */
@Component
class BatonEnginePlugin extends AbstractProcessEnginePlugin {

    private final ApproverResolver resolver;
    private final ApplicationEventPublisher events;

    BatonEnginePlugin(ApproverResolver resolver, ApplicationEventPublisher events) {
        this.resolver = resolver;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners()
                .add(new ApprovalStepParseListener(resolver, new AutoDecisions(events), new ProcessEndPublisher(events)));
    }
}
