-- The direct sales group that answers co-sell requests on deals in a territory; null: the
-- programme's default group (partner-engine.co-selling.direct-sales-group).
alter table territory add column direct_sales_group varchar(100);

-- A partner asks the vendor's direct sales for help on a deal it registered. open_deal_id holds
-- the deal's id while the request is OPEN and null after: one open request per deal (a unique
-- column admits any number of nulls on H2 and MySQL).
create table co_sell_request (
    id                    bigint        not null auto_increment,
    deal_id               bigint        not null,
    partner_id            bigint        not null,
    help                  varchar(32)   not null,
    details               varchar(2000),
    needed_by             date          not null,
    direct_sales_group    varchar(100)  not null,
    status                varchar(16)   not null,
    open_deal_id          bigint,
    requested_by          varchar(255)  not null,
    requested_at          datetime(6)   not null,
    answered_by           varchar(255),
    answered_at           datetime(6),
    answer_note           varchar(2000),
    overdue_at            datetime(6),
    process_instance_key  bigint,
    start_claimed_at      datetime(6),
    version               bigint        not null,
    primary key (id),
    constraint fk_co_sell_request_deal foreign key (deal_id) references deal (id),
    constraint uq_co_sell_request_open unique (open_deal_id)
);
create index ix_co_sell_request_deal on co_sell_request (deal_id, id);
create index ix_co_sell_request_status on co_sell_request (status, requested_at);

-- A revenue split of a deal among its owning partner and the partners that co-sold it. PROPOSED
-- waits for the owning partner (a split the owner proposed is OWNER_ACCEPTED at once), then a
-- channel approver decides. An APPROVED split is the deal's split in force until a later one is
-- approved (the earlier one becomes SUPERSEDED). open_deal_id: one split under decision per deal.
create table deal_split (
    id                    bigint        not null auto_increment,
    deal_id               bigint        not null,
    owner_partner_id      bigint        not null,
    status                varchar(24)   not null,
    open_deal_id          bigint,
    proposed_by           varchar(255)  not null,
    proposed_at           datetime(6)   not null,
    owner_answered_by     varchar(255),
    owner_answered_at     datetime(6),
    decided_by            varchar(255),
    decided_at            datetime(6),
    decision_note         varchar(1000),
    process_instance_key  bigint,
    start_claimed_at      datetime(6),
    version               bigint        not null,
    primary key (id),
    constraint fk_deal_split_deal foreign key (deal_id) references deal (id),
    constraint uq_deal_split_open unique (open_deal_id)
);
create index ix_deal_split_deal on deal_split (deal_id, status);
create index ix_deal_split_status on deal_split (status, proposed_at);

-- The shares of a split, the owner's included; they sum to 100. Revenue sums credit a partner
-- with its share of a won deal whose split is APPROVED, and the owner with the whole of a deal
-- without one (deals.CreditedRevenue).
create table deal_split_share (
    split_id              bigint        not null,
    partner_id            bigint        not null,
    role                  varchar(16)   not null,
    share_percent         decimal(5,2)  not null,
    primary key (split_id, partner_id),
    constraint fk_deal_split_share_split foreign key (split_id) references deal_split (id),
    constraint fk_deal_split_share_partner foreign key (partner_id) references partner (id)
);
create index ix_deal_split_share_partner on deal_split_share (partner_id, split_id);
