-- Tables of the event-delivery module, migrated in every service that uses it (flyway location db/event-delivery).
create table outbox_event (
    sequence     bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    envelope     jsonb        not null,
    created_at   timestamptz  not null,
    published_at timestamptz,
    attempts     int          not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (sequence) where published_at is null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
