-- matching-service: its local read model of the catalogue (built from tahub.catalogue.v1): the activities needs
-- are matched against, and the instruments and tools it proposes. Providers, offers and proposals come next.

create table catalogue_entry (
    entry_type   varchar(20)  not null,
    entry_id     varchar(120) not null,
    title        text         not null,
    area_codes   text[]       not null default '{}',
    activities   text[]       not null default '{}',
    status       varchar(16)  not null,
    version      bigint       not null,
    payload      jsonb        not null,
    updated_at   timestamptz  not null default now(),
    primary key (entry_type, entry_id)
);
