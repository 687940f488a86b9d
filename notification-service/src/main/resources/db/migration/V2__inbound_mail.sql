-- Mails that came in through the inbound webhook, by Message-ID: a provider that posts the same mail twice
-- (it retries when our answer was lost) opens one ticket, not two.
create table inbound_mail (
    message_id  text primary key,
    ticket_id   uuid        not null,
    reply       boolean     not null,
    from_address text       not null,
    outcome     text        not null,
    received_at timestamptz not null default now()
);

-- Who may add to a ticket by mail besides its requester (whom TicketCreated brings into acknowledgement):
-- the sender and the CCs of the mail that opened it.
create table ticket_participant (
    ticket_id uuid not null,
    email     text not null,
    primary key (ticket_id, email)
);

-- A reply names its ticket by number in the subject.
create index acknowledgement_number on acknowledgement (ticket_number);
-- ... or by one of our Message-IDs in In-Reply-To / References.
create index delivery_message_id on delivery (message_id);
