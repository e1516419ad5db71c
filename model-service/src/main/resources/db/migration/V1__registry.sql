-- The registry: the models of each tenant and their versions. A version's artifact lives in S3 under
-- artifact_key; its SHA-256 and size are checked against these columns on every load.

create table model (
    tenant_id   text        not null,
    name        text        not null,
    description text,
    tags        jsonb       not null default '{}',
    created_by  text        not null,
    created_at  timestamptz not null,
    primary key (tenant_id, name)
);

create table model_version (
    tenant_id              text        not null,
    model_name             text        not null,
    version                integer     not null,
    stage                  text        not null check (stage in ('CANDIDATE', 'STAGING', 'PRODUCTION', 'ARCHIVED')),
    stage_changed_at       timestamptz not null,
    format                 text        not null check (format in ('XGBOOST', 'ONNX')),
    artifact_key           text        not null,
    sha256                 text        not null,
    artifact_size_bytes    bigint      not null,
    feature_schema_version integer     not null,
    feature_names          jsonb       not null,
    training               jsonb,
    hyper_parameters       jsonb,
    metrics                jsonb,
    code_version           text        not null,
    description            text,
    tags                   jsonb       not null default '{}',
    created_by             text        not null,
    created_at             timestamptz not null,
    primary key (tenant_id, model_name, version),
    foreign key (tenant_id, model_name) references model (tenant_id, name)
);

-- Exactly one PRODUCTION version per model and tenant, whatever the application does.
create unique index model_version_one_production on model_version (tenant_id, model_name) where stage = 'PRODUCTION';

-- Append-only: who did what to which version, when and why. Rows are never changed or removed.
create table audit_entry (
    sequence             bigint generated always as identity primary key,
    tenant_id            text        not null,
    model_name           text        not null,
    version              integer,
    action               text        not null,
    from_stage           text,
    to_stage             text,
    actor                text        not null,
    at                   timestamptz not null,
    reason               text,
    promotion_request_id uuid,
    foreign key (tenant_id, model_name) references model (tenant_id, name)
);
create index audit_entry_of_model on audit_entry (tenant_id, model_name, sequence);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never changed or removed';
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
