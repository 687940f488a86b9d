package com.helpdesk.platform.contract;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.helpdesk.events.EventCodec;

/** Makes the shared event contract injectable; the codec is immutable and thread-safe, so one serves all. */
public class EventContract {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
