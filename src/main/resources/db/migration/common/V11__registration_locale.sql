-- The language a registrant or invitee gets mails in (de or en), also those the process sends later: promotion from
-- the waitlist, reminders, invitations. Rows from before know no language: German, as their mails were.
alter table event_registration add column locale varchar(16) default 'de' not null;
alter table event_invitee add column locale varchar(16) default 'de' not null;
