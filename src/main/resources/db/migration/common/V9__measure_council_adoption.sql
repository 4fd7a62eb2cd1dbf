-- Issue 6: when the council adopts the concept with changes, the measures it left out
alter table measure add column council_excluded boolean default false not null;
