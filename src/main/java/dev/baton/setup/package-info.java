/**
 * Getting a company started: the administrator's checklist on {@code /admin} (开始使用) until
 * Baton holds the company's own organisation, approvers that find someone, and logins
 * handed out; removing the demo company in one confirmed action; sheets of login slips
 * with first passwords.
 * <p>
 * A module of its own because it belongs to no capability and uses several: it reads the
 * directory, the published processes' route previews and the requests, and changes them
 * only through their public APIs.
 * <p>
 * API for other modules: {@link dev.baton.setup.SetupStep}. A module that has something a
 * new company must do (e.g. the settings' company name and logo) declares a bean of it,
 * and the checklist shows it in its {@link dev.baton.setup.SetupStep#order() order}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package dev.baton.setup;
