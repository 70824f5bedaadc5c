package dev.baton.requests;

import dev.baton.support.OnMariaDb;

/**
 * The idempotent start again on MariaDB through MySQL Connector/J: there the second of
 * ten simultaneous starts with one key waits on InnoDB's lock of the key's primary key
 * row until the first commits, and then answers the first request.
 */
@OnMariaDb
class IdempotentStartOnMariaDbTest extends IdempotentStartTest {

}
