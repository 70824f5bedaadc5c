package dev.baton.notifications;

import dev.baton.support.OnMariaDb;

/**
 * The outbox again on MariaDB through MySQL Connector/J: two workers claiming at once on
 * InnoDB row locks, expiring claims, backoff and rollback.
 */
@OnMariaDb
class OutboxOnMariaDbTest extends OutboxTest {

}
