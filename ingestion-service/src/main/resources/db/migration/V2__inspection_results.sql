-- Outcomes of inspections, the labels models learn from. Item number 0 means the whole
-- declaration. A correction is a new version; every version is kept.

create table inspection_result (
    tenant_id          text        not null,
    declaration_id     text        not null,
    item_number        integer     not null,
    version            integer     not null,
    content_sha256     text        not null,
    illicit            boolean     not null,
    critical           boolean     not null,
    revenue_recovered  numeric,
    revenue_currency   text,
    inspection_date    date        not null,
    channel_applied    text,
    remarks            text,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    source             text        not null,
    primary key (tenant_id, declaration_id, item_number, version),
    foreign key (tenant_id, declaration_id) references declaration (tenant_id, declaration_id)
);
