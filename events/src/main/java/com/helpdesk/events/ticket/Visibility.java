package com.helpdesk.events.ticket;

/** Whether the requester sees a comment ({@code PUBLIC}) or only agents do ({@code INTERNAL}). */
public enum Visibility {
    PUBLIC, INTERNAL
}
