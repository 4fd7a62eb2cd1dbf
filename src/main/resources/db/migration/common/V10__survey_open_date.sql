-- Optional open date of a survey round: it accepts answers only from then on, even after the design task completed.
alter table survey add column opens_at timestamp;
