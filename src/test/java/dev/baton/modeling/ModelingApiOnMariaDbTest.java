package dev.baton.modeling;

import dev.baton.support.OnMariaDb;

/**
 * The designer's API again on MariaDB through MySQL Connector/J: drafts as LONGTEXT
 * (db/vendor/mysql), revisions under row locks, and publishing into the engine's tables.
 */
@OnMariaDb
class ModelingApiOnMariaDbTest extends ModelingApiTest {

}
