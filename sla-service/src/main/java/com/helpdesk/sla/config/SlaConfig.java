package com.helpdesk.sla.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.sla")
public interface SlaConfig {

    Timer timer();

    interface Timer {

        /**
         * How often replicas look for warnings and breaches that fell due: the bound on how late one fires
         * while the service runs (the scanner also fires everything missed while it was down, on start).
         */
        @WithDefault("0.2s")
        Duration pollInterval();

        /** Clocks one transaction claims; a pass keeps claiming until it finds fewer. */
        @WithDefault("200")
        int batchSize();
    }
}
