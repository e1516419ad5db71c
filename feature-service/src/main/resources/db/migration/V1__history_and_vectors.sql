-- The latest revision of every declaration, as declaration.ingested carried it.
create table declaration (
    tenant_id        text        not null,
    declaration_id   text        not null,
    revision         integer     not null,
    acceptance_date  date        not null,
    importer_id      text,
    payload          jsonb       not null,
    received_at      timestamptz not null,
    primary key (tenant_id, declaration_id)
);

-- Lodgements per importer and day are a GROUP BY over this index (activity features).
create index declaration_by_importer on declaration (tenant_id, importer_id, acceptance_date);
create index declaration_by_acceptance on declaration (tenant_id, acceptance_date, declaration_id);

-- The latest version of every inspection result; item_number 0 is the whole declaration.
create table inspection_result (
    tenant_id          text    not null,
    declaration_id     text    not null,
    item_number        integer not null,
    version            integer not null,
    illicit            boolean not null,
    critical           boolean not null,
    revenue_recovered  numeric(20, 2),
    inspection_date    date    not null,
    primary key (tenant_id, declaration_id, item_number)
);

-- One row per labelled goods item and profile (importer, HS6, importer x HS6, ...), dated on the
-- inspection date. A profile's per-day buckets are a GROUP BY over the covering index below; a
-- declaration's rows are replaced whenever its revision or one of its results changes.
create table label_fact (
    tenant_id        text    not null,
    declaration_id   text    not null,
    item_number      integer not null,
    entity_kind      text    not null,
    entity_key       text    not null,
    inspection_date  date    not null,
    illicit          boolean not null,
    with_revenue     boolean not null,
    primary key (tenant_id, declaration_id, item_number, entity_kind)
);

create index label_fact_by_profile on label_fact (tenant_id, entity_kind, entity_key, inspection_date)
    include (illicit, with_revenue);

-- One row per priced goods item and price group (HS6, HS6 x origin), dated on the acceptance date.
create table price_fact (
    tenant_id        text             not null,
    declaration_id   text             not null,
    item_number      integer          not null,
    price_kind       text             not null,
    price_key        text             not null,
    acceptance_date  date             not null,
    price            double precision not null,
    primary key (tenant_id, declaration_id, item_number, price_kind)
);

create index price_fact_by_group on price_fact (tenant_id, price_kind, price_key, acceptance_date) include (price);

-- The vectors computed for the latest revision, as published in features.computed.
create table feature_vector (
    tenant_id       text               not null,
    declaration_id  text               not null,
    revision        integer            not null,
    item_number     integer            not null,
    schema_version  integer            not null,
    feature_values  double precision[] not null,
    computed_at     timestamptz        not null,
    primary key (tenant_id, declaration_id, schema_version, item_number)
);
