package dev.baton.notifications;

import dev.baton.support.OnMariaDb;

/** {@link RobotDeliveryTest} again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class RobotDeliveryOnMariaDbTest extends RobotDeliveryTest {

}
