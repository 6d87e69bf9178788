-- One snapshot per partner and month: what was known of an ACTIVE partner on the first of the
-- month (every fact read strictly before as_of), and, once two quarters have passed, whether it
-- churned in them: no verified win, or offboarded. The churn model learns from these rows.
create table partner_snapshot (
    id                          bigint        not null auto_increment,
    partner_id                  bigint        not null,
    as_of                       date          not null,
    days_since_last_win         int           not null,
    wins_last_180_days          int           not null,
    win_rate_trend              decimal(7,4)  not null,
    active_certificates         int           not null,
    certificate_expiring_soon   boolean       not null,
    mdf_requests_last_180_days  int           not null,
    library_views_last_90_days  int           not null,
    lead_acceptance_rate        decimal(7,4),
    nps_score                   int,
    days_in_stage               int           not null,
    churned                     boolean,
    labelled_at                 datetime(6),
    taken_at                    datetime(6)   not null,
    primary key (id),
    constraint fk_partner_snapshot_partner foreign key (partner_id) references partner (id),
    constraint uq_partner_snapshot unique (partner_id, as_of)
);
create index ix_partner_snapshot_as_of on partner_snapshot (as_of, partner_id);

-- A trained churn model: its held-out metrics against the base rate and the model in use, and the
-- serialised model. CANDIDATE until the promotion gate and a manager decide: PROMOTED (the one in
-- use; the previous one RETIRED) or REJECTED with the gate's reason.
create table churn_model (
    id                     bigint        not null auto_increment,
    status                 varchar(16)   not null,
    trained_at             datetime(6)   not null,
    train_until            date          not null,
    held_out_until         date          not null,
    training_rows          int           not null,
    held_out_rows          int           not null,
    base_rate              decimal(7,4)  not null,
    auc                    decimal(7,4)  not null,
    calibration_error      decimal(7,4)  not null,
    previous_model_auc     decimal(7,4),
    decision_reason        varchar(500),
    decided_by             varchar(255),
    decided_at             datetime(6),
    process_instance_key   bigint,
    model_bytes            longblob      not null,
    version                bigint        not null,
    primary key (id),
    constraint uq_churn_model_instance unique (process_instance_key)
);
create index ix_churn_model_status on churn_model (status, id);
