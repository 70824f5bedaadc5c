package dev.baton.calendar;

import dev.baton.support.OnMariaDb;

/**
 * The business calendar's API again on MariaDB (DATE columns, the shipped years loaded at
 * startup).
 */
@OnMariaDb
class CalendarApiOnMariaDbTest extends CalendarApiTest {

}
