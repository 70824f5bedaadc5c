package dev.baton.directory;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query, answered by {@link EngineIdentities}. */
class DirectoryUserQuery extends UserQueryImpl {

	private static final long serialVersionUID = 1L;

	DirectoryUserQuery() {
	}

	DirectoryUserQuery(CommandExecutor commandExecutor) {
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
		return DirectoryIdentityProvider.of(commandContext).identities().countUsers(this);
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		return DirectoryIdentityProvider.of(commandContext).identities().users(this, page);
	}

}
