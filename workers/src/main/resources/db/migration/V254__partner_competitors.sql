-- Partners that compete with each other, as partner managers record them. Kept both ways (a row per
-- direction), so "the competitors of X" is one index range. A lead a partner worked is never
-- offered to its competitors.
create table partner_competitor (
    partner_id     bigint       not null,
    competitor_id  bigint       not null,
    recorded_by    varchar(255) not null,
    recorded_at    datetime(6)  not null,
    primary key (partner_id, competitor_id),
    constraint fk_partner_competitor_partner foreign key (partner_id) references partner (id),
    constraint fk_partner_competitor_competitor foreign key (competitor_id) references partner (id)
);
