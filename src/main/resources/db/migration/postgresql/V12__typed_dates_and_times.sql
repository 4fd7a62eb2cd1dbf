-- Dates and times that were kept as the processes' ISO strings become date/time columns; the stored strings are
-- converted. A deadline given as a day alone lasts until the end of that day, as the processes' timers read it.
-- Times are local to the zone of teilhabe.zone, so the columns have no zone.
alter table survey alter column close_date drop not null;
alter table survey alter column close_date type timestamp using case
    when trim(close_date) = '' then null
    when length(close_date) = 10 then (close_date || 'T23:59:59')::timestamp
    else close_date::timestamp end;

alter table participation_event alter column registration_deadline type timestamp using case
    when trim(registration_deadline) = '' then null
    when length(registration_deadline) = 10 then (registration_deadline || 'T23:59:59')::timestamp
    else registration_deadline::timestamp end;

alter table participation_event alter column start_time type time using nullif(trim(start_time), '')::time;
alter table participation_event alter column end_time type time using nullif(trim(end_time), '')::time;

alter table event_programme_item alter column start_time type time using nullif(trim(start_time), '')::time;
