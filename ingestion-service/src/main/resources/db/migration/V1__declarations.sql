-- Declarations as lodged: every revision is kept; "declaration" is the head that points at the
-- current revision and carries its searchable header fields.

create table declaration (
    tenant_id            text        not null,
    declaration_id       text        not null,
    current_revision     integer     not null,
    content_sha256       text        not null,
    current_received_at  timestamptz not null,
    first_received_at    timestamptz not null,
    acceptance_date      date        not null,
    customs_office_code  text        not null,
    importer_id          text        not null,
    declarant_id         text        not null,
    primary key (tenant_id, declaration_id)
);

create index declaration_by_acceptance on declaration (tenant_id, acceptance_date desc, declaration_id desc);
create index declaration_by_importer on declaration (tenant_id, importer_id, acceptance_date desc, declaration_id desc);

create table declaration_revision (
    tenant_id             text        not null,
    declaration_id        text        not null,
    revision              integer     not null,
    content_sha256        text        not null,
    received_at           timestamptz not null,
    received_by           text        not null,
    source                text        not null,
    acceptance_date       date        not null,
    customs_office_code   text        not null,
    importer_id           text        not null,
    declarant_id          text        not null,
    seller_id             text,
    courier_id            text,
    country_of_departure  text,
    mode_of_transport     text,
    process_type          text,
    import_type           text,
    import_use            text,
    payment_type          text,
    primary key (tenant_id, declaration_id, revision),
    foreign key (tenant_id, declaration_id) references declaration (tenant_id, declaration_id)
);

create table goods_item (
    tenant_id          text     not null,
    declaration_id     text     not null,
    revision           integer  not null,
    item_number        integer  not null,
    hs_code            text     not null,
    description        text,
    country_of_origin  text     not null,
    origin_indicator   text,
    quantity           numeric,
    quantity_unit      text,
    gross_mass_kg      numeric,
    net_mass_kg        numeric,
    fob_value          numeric,
    cif_value          numeric  not null,
    currency           text     not null,
    tax_rate           numeric,
    tax_type           text,
    duty_and_taxes     numeric,
    primary key (tenant_id, declaration_id, revision, item_number),
    foreign key (tenant_id, declaration_id, revision)
        references declaration_revision (tenant_id, declaration_id, revision)
);

create index goods_item_by_hs_code on goods_item (tenant_id, hs_code text_pattern_ops);
