-- Training jobs: the training set fetched when the job was started (kept in S3 for the job), the
-- parameters, progress in boosting rounds, and the version the job made.

create table training_job (
    id                     uuid primary key,
    tenant_id              text             not null,
    model_name             text             not null,
    status                 text             not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    accepted_from          date             not null,
    accepted_to            date             not null,
    validation_share       double precision not null,
    parameters             jsonb            not null,
    rounds_total           integer          not null,
    rounds_done            integer          not null default 0,
    feature_schema_version integer          not null,
    training_set_key       text             not null,
    training_set_sha256    text             not null,
    training_set_size      bigint           not null,
    version                integer,
    failure_reason         text,
    started_by             text             not null,
    started_at             timestamptz      not null,
    running_since          timestamptz,
    heartbeat_at           timestamptz,
    finished_at            timestamptz,
    foreign key (tenant_id, model_name) references model (tenant_id, name)
);
create index training_job_of_model on training_job (tenant_id, model_name, started_at);
create index training_job_queued on training_job (started_at) where status = 'QUEUED';
create index training_job_running on training_job (heartbeat_at) where status = 'RUNNING';
