-- The channel scoring gave a declaration (from declaration.scored), for searching by channel.

alter table declaration add column channel text;
alter table declaration add column assessed_revision integer;

create index declaration_by_channel on declaration (tenant_id, channel, acceptance_date desc, declaration_id desc);
