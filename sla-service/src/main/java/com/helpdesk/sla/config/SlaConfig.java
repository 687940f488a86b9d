package com.helpdesk.sla.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.sla")
public interface SlaConfig {

    Timer timer();

    interface Timer {

        /**
         * The longest the timer sleeps. It wakes at the earliest stored deadline, so known deadlines fire on
         * time; this bounds how late one fires that another replica stored, or that fell due at once
         * (e.g. a ticket event processed late), and is the only work done while nothing is due.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Clocks one transaction claims; a pass keeps claiming until it finds fewer. */
        @WithDefault("200")
        int batchSize();
    }
}
