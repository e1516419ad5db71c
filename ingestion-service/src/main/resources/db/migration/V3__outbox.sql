-- Transactional outbox: an event is written in the same transaction as the change it announces
-- and published by the relay once RabbitMQ confirms it. Published rows are kept for a retention
-- period, then purged. Ids are time-ordered (UUID version 7) and the payload is the JSON text as it
-- is published, so that writing and relaying tens of thousands of events stays cheap.

create table outbox_event (
    id            uuid        primary key,
    tenant_id     text        not null,
    event_type    text        not null,
    subject       text        not null,
    payload       text        not null,
    created_at    timestamptz not null,
    traceparent   text,
    published_at  timestamptz
);

create index outbox_event_pending on outbox_event (created_at) where published_at is null;
