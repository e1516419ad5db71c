-- The gateway's own state (ADR 0006): the registry of tenants with their settings and status, and
-- the outbound webhooks of each tenant with every delivery attempt's outcome.

create table tenant (
    id                    varchar(32)   primary key,
    display_name          varchar(200)  not null,
    status                varchar(16)   not null check (status in ('ACTIVE', 'SUSPENDED')),
    status_reason         varchar(2000),
    status_changed_by     varchar(255)  not null,
    status_changed_at     timestamptz   not null,
    four_eyes             boolean       not null,
    default_policy        jsonb,
    requests_per_second   integer       check (requests_per_second > 0),
    integrator_client_id  varchar(255)  not null,
    settings_applied      jsonb         not null default '{}',
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null
);

create table webhook (
    id           uuid           primary key,
    tenant_id    varchar(32)    not null,
    url          varchar(2000)  not null,
    description  varchar(500),
    secret       varchar(100)   not null,
    created_by   varchar(255)   not null,
    created_at   timestamptz    not null
);
create index webhook_tenant on webhook (tenant_id);

create table webhook_delivery (
    id               uuid           primary key,
    webhook_id       uuid           not null references webhook (id) on delete cascade,
    tenant_id        varchar(32)    not null,
    event_id         varchar(100)   not null,
    event_type       varchar(100)   not null,
    subject          varchar(100),
    payload          text           not null,
    status           varchar(16)    not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz    not null,
    unique (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_of_webhook on webhook_delivery (webhook_id, created_at desc);
