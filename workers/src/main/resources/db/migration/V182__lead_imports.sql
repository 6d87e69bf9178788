-- The report of each lead import, stored with the leads it accepted (one transaction), so that a
-- replayed import (same Idempotency-Key) answers the same report however many rows it had.
create table lead_import (
    id          bigint      not null auto_increment,
    rows_read   int         not null,
    accepted    int         not null,
    refused     int         not null,
    report      mediumtext  not null,
    imported_at datetime(6) not null,
    primary key (id)
);
