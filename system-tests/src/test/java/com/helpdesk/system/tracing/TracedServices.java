package com.helpdesk.system.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.OtlpReceiver;

/**
 * For one test class, the five services send the traces a caller asks for to the run's {@link OtlpReceiver}.
 * A stack {@link LocalStack} started does so already; a stack that was up before the run (a developer's) has
 * its services restarted with {@code HELPDESK_OTLP_ENDPOINT} pointing here, and afterwards restarted again
 * with the settings they had (none, or the developer's own collector). Register after {@link LocalStack}.
 */
public final class TracedServices implements BeforeAllCallback, AfterAllCallback {

    private OtlpReceiver receiver;
    private Optional<Map<String, String>> toRestore = Optional.empty();

    @Override
    public void beforeAll(ExtensionContext context) {
        receiver = LocalStack.traces(context);
        if (!LocalStack.otlpEndpoint().equals(Optional.of(receiver.endpoint()))) {
            Map<String, String> before = LocalStack.observability();
            Map<String, String> traced = new HashMap<>(before);
            traced.putAll(LocalStack.tracingTo(receiver));
            toRestore = Optional.of(before);
            LocalStack.restartServices(traced);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        toRestore.ifPresent(LocalStack::restartServices);
    }

    /** The spans of one trace received so far. */
    public Trace trace(String traceId) {
        return Trace.of(traceId, receiver.spans());
    }
}
