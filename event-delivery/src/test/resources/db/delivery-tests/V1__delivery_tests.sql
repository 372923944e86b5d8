-- Tables of event-delivery's test application (src/test), beside the module's own (db/event-delivery).

-- One row each time the test consumer applies an event's effect: no unique key, so an effect applied twice shows as
-- two rows. An amount below zero breaks the check on every try: a failure that would recur.
create table delivery_test_effect (
    event_id uuid         not null,
    subject  varchar(200) not null,
    amount   int          not null check (amount >= 0)
);

-- Rows the effect of a "gated" event locks first: a test that holds one keeps that effect waiting on the database.
create table delivery_test_gate (
    name varchar(200) primary key
);

-- What an outbox reference stands for (outbox/ItemRecords): its records are built from these when the relay sends it.
create table delivery_test_item (
    id       varchar(100) primary key,
    batch    uuid         not null,
    position int          not null,
    label    varchar(200) not null
);
