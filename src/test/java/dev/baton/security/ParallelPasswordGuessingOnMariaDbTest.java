package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** Parallel password guessing, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ParallelPasswordGuessingOnMariaDbTest extends ParallelPasswordGuessingTest {

}
