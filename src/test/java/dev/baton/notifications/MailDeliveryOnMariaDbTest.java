package dev.baton.notifications;

import dev.baton.support.OnMariaDb;

/** {@link MailDeliveryTest} again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class MailDeliveryOnMariaDbTest extends MailDeliveryTest {

}
