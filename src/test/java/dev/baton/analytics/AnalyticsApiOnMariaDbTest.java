package dev.baton.analytics;

import dev.baton.support.OnMariaDb;

/**
 * The analytics figures again on MariaDB through MySQL Connector/J: the date-range
 * queries over {@code baton_request} and the engine's task history, with the times the
 * test writes, read back in the company's time zone.
 */
@OnMariaDb
class AnalyticsApiOnMariaDbTest extends AnalyticsApiTest {

}
