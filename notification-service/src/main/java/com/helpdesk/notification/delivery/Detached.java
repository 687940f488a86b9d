package com.helpdesk.notification.delivery;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs work on a fresh, safe duplicated Vert.x context of its own. Hibernate Reactive keeps its session on the
 * context, so work started from a Kafka consumer, a timer or another pass must not share the caller's.
 */
public final class Detached {

    private Detached() {
    }

    public static void run(Vertx vertx, Runnable work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.run());
    }
}
