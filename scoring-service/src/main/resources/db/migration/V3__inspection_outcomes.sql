-- What inspections found, from inspection.recorded (the latest version per declaration and item),
-- joined with assessments by the performance reports. model_channel is the channel the model's
-- score bands gave, before exploration: the stratum unbiased estimates need.

create table inspection_outcome (
    tenant_id          text        not null,
    declaration_id     text        not null,
    item_number        integer     not null,
    version            integer     not null,
    illicit            boolean     not null,
    critical           boolean     not null,
    revenue_recovered  numeric,
    inspection_date    date        not null,
    recorded_at        timestamptz not null,
    primary key (tenant_id, declaration_id, item_number)
);

alter table assessment add column model_channel text;
