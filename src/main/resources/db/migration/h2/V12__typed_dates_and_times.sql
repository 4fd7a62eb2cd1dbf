-- Dates and times that were kept as the processes' ISO strings become date/time columns; the stored strings are
-- converted. A deadline given as a day alone lasts until the end of that day, as the processes' timers read it.
-- Times are local to the zone of teilhabe.zone, so the columns have no zone.
alter table survey alter column close_date drop not null;
update survey set close_date = null where trim(close_date) = '';
update survey set close_date = close_date || 'T23:59:59' where length(close_date) = 10;
alter table survey alter column close_date set data type timestamp;

update participation_event set registration_deadline = null where trim(registration_deadline) = '';
update participation_event set registration_deadline = registration_deadline || 'T23:59:59'
    where length(registration_deadline) = 10;
alter table participation_event alter column registration_deadline set data type timestamp;

update participation_event set start_time = null where trim(start_time) = '';
update participation_event set end_time = null where trim(end_time) = '';
alter table participation_event alter column start_time set data type time;
alter table participation_event alter column end_time set data type time;

update event_programme_item set start_time = null where trim(start_time) = '';
alter table event_programme_item alter column start_time set data type time;
