-- Daily reference rates: on rate_date, 1 base_currency = rate quote_currency (the ECB publishes
-- EUR -> X). One rate per pair and day: an import read twice, or by two instances, adds it once.
create table fx_rate (
    id              bigint         not null auto_increment,
    base_currency   varchar(3)     not null,
    quote_currency  varchar(3)     not null,
    rate_date       date           not null,
    rate            decimal(27,12) not null,
    imported_at     datetime(6)    not null,
    primary key (id),
    constraint uq_fx_rate_pair_date unique (base_currency, quote_currency, rate_date),
    constraint ck_fx_rate_positive check (rate > 0)
);
create index ix_fx_rate_quote on fx_rate (quote_currency, base_currency);
