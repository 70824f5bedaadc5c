package dev.baton.engine;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import dev.baton.calendar.BusinessCalendar;
import dev.baton.directory.ApproverResolver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Baton's additions to the engine, in one plugin: the safety policy
 * (docs/safety-policy.md) as the first deployer of every deployment; expressions that
 * reach no Spring bean; approver rules resolved from the organisation;
 * {@link TaskChanged} events for every change to a user task, in the engine's
 * transaction; and the index on {@code ACT_RU_TASK(PARENT_TASK_ID_)} that completing
 * tasks needs.
 */
@Component
class BatonEnginePlugin extends AbstractProcessEnginePlugin {

	/**
	 * Names of Baton's reviewed building blocks that a service task may name in
	 * {@code baton.block}. None exists yet; each one added here needs its Java behaviour
	 * wired at parse time by Baton.
	 */
	static final Set<String> BUILDING_BLOCKS = Set.of();

	private final ApproverResolver resolver;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	BatonEnginePlugin(ApproverResolver resolver, ApplicationEventPublisher events, BusinessCalendar calendar) {
		this.resolver = resolver;
		this.events = events;
		this.calendar = calendar;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// Safety policy: checked on the raw files before the engine parses them.
		if (configuration.getCustomPreDeployers() == null) {
			configuration.setCustomPreDeployers(new ArrayList<Deployer>());
		}
		configuration.getCustomPreDeployers().add(0, new SafetyPolicyDeployer(new ModelPolicy(BUILDING_BLOCKS)));
		// The engine's own XML reader refuses DOCTYPEs too; DMN uses FEEL unless a model
		// says otherwise.
		configuration.setEnableXxeProcessing(false);
		configuration.setDmnFeelEnableLegacyBehavior(false);
		// Expressions see process variables, never Spring beans: an explicit, empty bean
		// map.
		// (Spring's factory bean has already made an expression manager that sees every
		// bean;
		// the engine adds its functions now(), currentUser() … to this one during init.)
		Map<Object, Object> noBeans = java.util.Collections.emptyMap();
		configuration.setBeans(noBeans);
		// A variable missing at run time is named with the element that needs it.
		configuration.setExpressionManager(new VariableCheckedExpressions(noBeans));
		// Task queries and stored filters with *Expression criteria (CVE-2026-109432):
		// the engine
		// refuses them in ad-hoc queries by default, but evaluates them in stored
		// filters.
		configuration.setEnableExpressionsInAdhocQueries(false);
		configuration.setEnableExpressionsInStoredQueries(false);

		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new MultiInstanceLimit());
		configuration.getCustomPostBPMNParseListeners().add(new SequenceFlowConditions());
		configuration.getCustomPostBPMNParseListeners()
			.add(new ApprovalStepParseListener(resolver, new AutoDecisions(events), new ProcessEndPublisher(events),
					calendar, events));

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
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// The engine's own refusals (BPMN parse errors, DMN and forms it cannot read) in
		// the
		// policy's shape: element, rule, line and column, translated.
		ReadableRefusalDeployer.wrapAll(configuration);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		TaskChangeIndex.ensure(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
	}

}
