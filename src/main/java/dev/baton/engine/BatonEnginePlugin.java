package dev.baton.engine;

import java.util.ArrayList;

import dev.baton.directory.ApproverResolver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Baton's additions to the engine, in one plugin: approver rules resolved from the organisation;
 * {@link TaskChanged} events for every change to a user task, in the engine's transaction; and the
 * index on {@code ACT_RU_TASK(PARENT_TASK_ID_)} that completing tasks needs.
 */
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

        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<SessionFactory>());
        }
        configuration.getCustomSessionFactories().add(new TaskChangeCollector.Factory(events));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new TaskChangeInterceptor());
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new TaskChangeInterceptor());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        TaskChangeIndex.ensure(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }
}
