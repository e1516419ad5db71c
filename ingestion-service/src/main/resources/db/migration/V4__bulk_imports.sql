-- Bulk CSV imports: one job per uploaded file, its counters, and the rows it rejected.

create table bulk_import_job (
    id                       uuid        primary key,
    tenant_id                text        not null,
    layout                   text        not null,
    import_labels            boolean     not null,
    file_name                text,
    file_size_bytes          bigint      not null,
    status                   text        not null,
    rows_read                bigint      not null default 0,
    rows_accepted            bigint      not null default 0,
    rows_rejected            bigint      not null default 0,
    declarations_created     bigint      not null default 0,
    declarations_amended     bigint      not null default 0,
    declarations_unchanged   bigint      not null default 0,
    inspection_results       bigint      not null default 0,
    submitted_by             text        not null,
    submitted_at             timestamptz not null,
    started_at               timestamptz,
    heartbeat_at             timestamptz,
    finished_at              timestamptz,
    failure_reason           text
);

create index bulk_import_job_by_tenant on bulk_import_job (tenant_id, submitted_at desc);

create table bulk_import_reject (
    job_id       uuid    not null references bulk_import_job (id) on delete cascade,
    line_number  bigint  not null,
    field        text    not null,
    reason       text    not null
);

create index bulk_import_reject_by_job on bulk_import_reject (job_id, line_number);
