/**
 * The company's own settings, kept in one row of the database and changed by
 * administrators in the web app: the company's name and logo (shown on the login page and
 * in the top bar), the language a visitor who has chosen none gets, and how long a new
 * browser session lasts. {@link dev.baton.settings.CompanySettings} answers other
 * modules; the login page reads the name and logo without logging in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settings")
package dev.baton.settings;
