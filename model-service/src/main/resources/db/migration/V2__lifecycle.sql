-- Governance of promotions: the four-eyes rule of each tenant, promotion requests awaiting a second
-- model manager, and the model.promoted events to publish once their transaction committed.

create table model_governance (
    tenant_id  text primary key,
    four_eyes  boolean     not null,
    reason     text        not null,
    changed_by text        not null,
    changed_at timestamptz not null
);

create table promotion_request (
    id            uuid primary key,
    tenant_id     text        not null,
    model_name    text        not null,
    version       integer     not null,
    status        text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reason        text        not null,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    justification text,
    foreign key (tenant_id, model_name, version) references model_version (tenant_id, model_name, version)
);
create index promotion_request_of_model on promotion_request (tenant_id, model_name, requested_at);
-- One request per version awaits a decision at a time.
create unique index promotion_request_one_pending on promotion_request (tenant_id, model_name, version)
    where status = 'PENDING';

-- Written in the transaction of the promotion; published after the commit and retried until the
-- broker confirmed it, so that scoring-service learns of every deployment.
create table promotion_event (
    id           uuid primary key,
    tenant_id    text        not null,
    model_name   text        not null,
    version      integer     not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index promotion_event_unpublished on promotion_event (created_at) where published_at is null;
