package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** Two simultaneous completions of one task, on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ConcurrentCompletionOnMariaDbTest extends ConcurrentCompletionContract {

}
