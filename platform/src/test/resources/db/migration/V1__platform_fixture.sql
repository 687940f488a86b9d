-- What the fixture consumer records, one row per applied event.
create table applied_event (
    event_id uuid primary key,
    subject  text not null
);
