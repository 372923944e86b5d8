-- The gateway's own data: the API keys it issues (only their SHA-256 hash is kept) and the audit log of denials.

create table api_key (
    id          uuid         primary key,
    prefix      varchar(40)  not null,
    key_hash    varchar(64)  not null unique,
    name        varchar(200) not null,
    role        varchar(16)  not null,
    state_iso3  varchar(3),
    provider_id varchar(120),
    created_at  timestamptz  not null default now(),
    created_by  varchar(200) not null,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    revoked_by  varchar(200),
    constraint api_key_role check (role in ('STATE', 'PROVIDER', 'ANALYST', 'CURATOR', 'ADMIN')),
    constraint api_key_state check ((role = 'STATE') = (state_iso3 is not null)),
    constraint api_key_provider check ((role = 'PROVIDER') = (provider_id is not null))
);

create table access_denial (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default now(),
    request_id  varchar(128),
    subject     varchar(200),
    role        varchar(16),
    method      varchar(10)  not null,
    path        text         not null,
    status      int          not null,
    reason      text         not null
);
create index access_denial_at on access_denial (at);
