package dev.baton.requests;

import dev.baton.support.OnMariaDb;

/**
 * The Processes and Requests API again on MariaDB through MySQL Connector/J (row locks,
 * LIKE, paging).
 */
@OnMariaDb
class RequestsApiOnMariaDbTest extends RequestsApiTest {

}
