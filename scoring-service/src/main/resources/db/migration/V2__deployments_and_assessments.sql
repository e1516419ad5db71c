-- The model versions a tenant has in PRODUCTION and STAGING, as announced by model.promoted, and
-- the assessment of every revision of every declaration.

create table deployment (
    tenant_id               text        not null,
    stage                   text        not null,
    model_name              text        not null,
    model_version           integer     not null,
    format                  text        not null,
    artifact_key            text        not null,
    sha256                  text        not null,
    artifact_size_bytes     bigint      not null,
    feature_schema_version  integer     not null,
    feature_names           jsonb       not null,
    promoted_by             text        not null,
    promoted_at             timestamptz not null,
    primary key (tenant_id, stage)
);

create table assessment (
    tenant_id               text             not null,
    declaration_id          text             not null,
    revision                integer          not null,
    acceptance_date         date             not null,
    customs_office_code     text             not null,
    channel                 text             not null,
    selection_mode          text             not null,
    inspection_probability  double precision not null,
    fraud_probability       double precision,
    items                   jsonb            not null,
    reasons                 jsonb            not null,
    model_name              text,
    model_version           integer,
    shadow_model_name       text,
    shadow_model_version    integer,
    shadow_probability      double precision,
    policy_version          integer          not null,
    fallback                boolean          not null,
    fallback_reason         text,
    assessed_at             timestamptz      not null,
    primary key (tenant_id, declaration_id, revision)
);

create index assessment_by_time on assessment (tenant_id, assessed_at desc);
create index assessment_by_office_day on assessment (tenant_id, customs_office_code, acceptance_date, channel);
