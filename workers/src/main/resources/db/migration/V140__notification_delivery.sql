-- Mail delivery from the outbox: each failed attempt is counted and the next one waits twice as
-- long; a notification that ran out of attempts (or has nobody to go to) ends FAILED with its last
-- error. params holds the template's non-personal values (certificate number, expiry date); the
-- recipient's address is looked up when the mail goes out, so the outbox keeps no copy of it.
alter table notification add column attempts int not null default 0;
alter table notification add column next_attempt_at datetime(6);
alter table notification add column last_error varchar(500);
alter table notification add column locale varchar(8);
alter table notification add column params varchar(1000);
create index ix_notification_due on notification (status, next_attempt_at, id);
