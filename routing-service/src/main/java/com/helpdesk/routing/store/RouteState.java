package com.helpdesk.routing.store;

/** Where a ticket stands for routing. */
public enum RouteState {
    /** In its team's queue: nobody could take it when it was last routed. */
    WAITING,
    /** Routed to an agent (whose capacity it holds) or assigned by hand. */
    ASSIGNED,
    /** Resolved, closed or merged: it holds no capacity and waits for nothing. */
    DONE
}
