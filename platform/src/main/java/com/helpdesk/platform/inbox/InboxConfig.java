package com.helpdesk.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.inbox")
public interface InboxConfig {

    /** Attempts of a failing handler (e.g. a database hiccup) before the event goes to the dead-letter topic. */
    @WithDefault("5")
    int attempts();

    @WithDefault("100ms")
    Duration initialBackOff();

    @WithDefault("5s")
    Duration maxBackOff();
}
