-- The progress overview reads a page of participations (by starter, status, start year; newest first) and then
-- aggregates the features' tables for that page by participation; a lead's page finds their groups by lead.
create index ix_progress_participation_created on participation (created_at);
create index ix_progress_participation_created_by on participation (created_by, created_at);
create index ix_progress_participation_start on participation (planned_start);
create index ix_progress_event_participation on participation_event (participation_id);
create index ix_progress_working_group_lead on working_group (lead_user_id);
