-- Invitation tokens were stored in plain text and shown to every partner manager. They are dropped,
-- not hashed: a token that many people could read is spent already, so hashing it would only keep
-- a leaked secret working. An account still waiting for its partner shows its invitation as
-- EXPIRED, and a manager sends a new one (POST /api/partners/{id}/invitation), which goes to the
-- partner's contact email only. From now on the account keeps only SHA-256 hashes of its
-- invitation and password-reset tokens.
alter table portal_account drop column invitation_token;
alter table portal_account add column invitation_token_hash varchar(64);
alter table portal_account add column invitation_issued_at datetime(6);
alter table portal_account add column invitations_sent int not null default 0;
alter table portal_account add column password_changed_at datetime(6);
alter table portal_account add column reset_token_hash varchar(64);
alter table portal_account add column reset_expires_at datetime(6);
alter table portal_account add column reset_used_at datetime(6);
alter table portal_account add column resets_sent int not null default 0;
create unique index uq_portal_account_invitation_hash on portal_account (invitation_token_hash);
create unique index uq_portal_account_reset_hash on portal_account (reset_token_hash);
-- Every account sent one invitation so far; counting it keeps the next one's notification key new.
update portal_account set invitations_sent = 1, password_changed_at = activated_at;

-- An invitation or password-reset notification carries its link (with the token) until it is sent.
alter table notification add column link varchar(200);
