package com.helpdesk.events.ticket;

/** Who wrote a comment, as far as the conversation is concerned. */
public enum AuthorRole {
    REQUESTER, AGENT, SYSTEM
}
