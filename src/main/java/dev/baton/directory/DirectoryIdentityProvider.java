package dev.baton.directory;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine's read-only view of Baton's directory: one session per engine command. Users
 * and groups are changed in Baton only ({@link DirectoryAdmin}); the engine's own
 * identity tables stay empty and its identity service is read-only.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

	private final EngineIdentities identities;

	DirectoryIdentityProvider(EngineIdentities identities) {
		this.identities = identities;
	}

	static DirectoryIdentityProvider of(CommandContext commandContext) {
		return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

	EngineIdentities identities() {
		return identities;
	}

	@Override
	public User findUserById(String userId) {
		return createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
	}

	@Override
	public UserQuery createUserQuery() {
		return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new DirectoryUserQuery();
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("Native user queries are not supported: Baton's directory owns the users");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return identities.checkPassword(userId, password);
	}

	@Override
	public Group findGroupById(String groupId) {
		return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new DirectoryGroupQuery();
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new NoTenantQuery();
	}

	@Override
	public void flush() {
		// read-only: nothing to write
	}

	@Override
	public void close() {
		// holds no resources of its own; the JPA work joins the engine's Spring
		// transaction
	}

}
