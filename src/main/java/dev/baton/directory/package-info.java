/**
 * Who the people in the company are and where they sit: departments (a tree), users,
 * roles or posts, each person's manager, and password hashes. Everything that decides
 * <em>who</em> does something asks this module, so that "who approves" stays data that
 * administrators and designers change, never code:
 * <ul>
 * <li>{@link dev.baton.directory.Directory} answers questions about people, departments
 * and roles;</li>
 * <li>{@link dev.baton.directory.Accounts} gives the security module what it needs to log
 * someone in, by password or by personal API token
 * ({@link dev.baton.directory.ApiTokens}: the hashes are kept here, beside the password
 * hashes, so that one lookup also answers whether the person is still active and which
 * system roles they hold);</li>
 * <li>{@link dev.baton.directory.ApproverResolver} turns a user task's declarative
 * {@link dev.baton.directory.ApproverRule} into concrete approvers;</li>
 * <li>{@link dev.baton.directory.DirectoryAdmin} is the only way other modules change the
 * organisation; a change that takes access away (a person leaves, loses a system role or
 * gets a new password) is announced as {@link dev.baton.directory.LoginsRevoked}.</li>
 * <li>{@link dev.baton.directory.LoginHistory} notes each login (the security module
 * writes it) and answers who has never logged in; {@link dev.baton.directory.DemoCompany}
 * says who the demo people are and removes them.</li>
 * </ul>
 * Over HTTP, everybody logged in reads the org chart at {@code /api/directory};
 * administrators change it at {@code /api/admin/directory}, one change at a time or by
 * importing an Excel or CSV file (all or nothing, see {@code docs/org-import.md}), and
 * download it as the Excel workbook the import reads back. The module also shows the
 * organisation to the Camunda engine through a read-only identity provider: users are
 * users, and departments and roles are groups (types {@code department} and
 * {@code role}), which is why a department id and a role id can never be the same. When
 * {@code baton.demo.enabled} is true (the default) an empty directory is filled with a
 * demo company at startup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package dev.baton.directory;
