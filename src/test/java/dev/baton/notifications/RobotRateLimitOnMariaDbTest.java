package dev.baton.notifications;

import dev.baton.support.OnMariaDb;

/** The robots' rate limit again on MariaDB: the robot's row lock serialises the nodes. */
@OnMariaDb
class RobotRateLimitOnMariaDbTest extends RobotRateLimitTest {

}
