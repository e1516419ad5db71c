-- Selectivity policies: every version of a tenant's policy is kept; the highest is in force.

create table selectivity_policy (
    tenant_id    text        not null,
    version      integer     not null,
    document     jsonb       not null,
    change_note  text        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    primary key (tenant_id, version)
);
