package dev.baton.notifications;

import dev.baton.support.OnMariaDb;

/**
 * The notifications' writes and reads (one multi-row INSERT with the decision, read
 * marks, preferences, a rollback) again on MariaDB through MySQL Connector/J.
 */
@OnMariaDb
class NotificationsApiOnMariaDbTest extends NotificationsApiTest {

}
