package dev.baton.directory;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's group query (departments and roles), answered by {@link EngineIdentities}.
 */
class DirectoryGroupQuery extends GroupQueryImpl {

	private static final long serialVersionUID = 1L;

	DirectoryGroupQuery() {
	}

	DirectoryGroupQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	/**
	 * The process definition of {@code potentialStarter(...)}, which Baton does not
	 * support.
	 */
	String potentialStarterOf() {
		return procDefId;
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return DirectoryIdentityProvider.of(commandContext).identities().countGroups(this);
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		return DirectoryIdentityProvider.of(commandContext).identities().groups(this, page);
	}

}
