-- The business calendar (module calendar). A day is a working day by the weekday (Monday to
-- Friday) unless baton_calendar_day says otherwise: HOLIDAY (a public holiday, a day off) or
-- WORKDAY (a make-up working day, 调休, on a weekend). baton_calendar_year lists the years whose
-- schedule Baton knows; the shipped ones (calendar/china-holidays.json) are loaded at startup
-- when absent, others are added by an administrator. baton_calendar_hours is the company's one
-- row of working hours (HH:mm, lunch excluded) and time zone; version changes with every edit
-- of the calendar, so that every node reloads it.
CREATE TABLE baton_calendar_year (
    calendar_year INT          NOT NULL,
    source        VARCHAR(40)  NOT NULL,
    added_by      VARCHAR(64)  NULL,
    added_at      DATETIME(3)  NOT NULL,
    CONSTRAINT baton_calendar_year_pk PRIMARY KEY (calendar_year)
);

CREATE TABLE baton_calendar_day (
    calendar_date DATE         NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    name          VARCHAR(100) NULL,
    changed_by    VARCHAR(64)  NULL,
    CONSTRAINT baton_calendar_day_pk PRIMARY KEY (calendar_date)
);

CREATE TABLE baton_calendar_hours (
    id          INT          NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    work_start  VARCHAR(5)   NOT NULL,
    work_end    VARCHAR(5)   NOT NULL,
    lunch_start VARCHAR(5)   NULL,
    lunch_end   VARCHAR(5)   NULL,
    version     BIGINT       NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(3)  NULL,
    CONSTRAINT baton_calendar_hours_pk PRIMARY KEY (id)
);

INSERT INTO baton_calendar_hours (id, time_zone, work_start, work_end, lunch_start, lunch_end, version)
VALUES (1, 'Asia/Shanghai', '09:00', '18:00', '12:00', '13:00', 0);
