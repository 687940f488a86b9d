package com.helpdesk.events.ticket;

/** Where the request came in. */
public enum Channel {
    API, WEB, EMAIL, CHAT, PHONE, SOCIAL
}
