package com.helpdesk.routing.domain;

/** Only online agents get new tickets; away and offline agents keep the ones they have. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
