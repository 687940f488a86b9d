package com.helpdesk.notification.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for the application under test to send to; tests
 * read what it received through a {@link Mailbox} field annotated {@link InjectMailbox}.
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Mailbox(server),
                new TestInjector.AnnotatedAndMatchesType(InjectMailbox.class, Mailbox.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
