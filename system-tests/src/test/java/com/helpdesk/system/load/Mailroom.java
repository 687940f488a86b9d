package com.helpdesk.system.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import com.helpdesk.system.stack.Mailbox;

/**
 * Watches one mailbox of the local SMTP server over IMAP and notes when each ticket's mail arrived, by the
 * ticket number in its subject. GreenMail's received date has whole seconds only, so arrival is
 * when a poll every {@value #POLL_MILLIS} ms first saw the message. Closing deletes the mailbox.
 */
public final class Mailroom implements AutoCloseable {

    private static final int POLL_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(Mailroom.class.getName());

    private final String address;
    private final Store store;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, List<Instant>> arrivals = new ConcurrentHashMap<>();
    private int seen;

    private Mailroom(String address, Store store) {
        this.address = address;
        this.store = store;
    }

    /** Starts watching {@code address} (GreenMail accepts any login with authentication off). */
    public static Mailroom watch(String address) {
        try {
            Properties settings = new Properties();
            settings.put("mail.imap.host", "127.0.0.1");
            settings.put("mail.imap.port", "3143");
            Store store = Session.getInstance(settings).getStore("imap");
            store.connect(address, address);
            Mailroom mailroom = new Mailroom(address, store);
            mailroom.poller.scheduleWithFixedDelay(mailroom::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
            return mailroom;
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP on 127.0.0.1:3143 for " + address, e);
        }
    }

    /** When each ticket's mail arrived, by ticket number; more than one entry is more than one mail. */
    public Map<String, List<Instant>> arrivals() {
        return Map.copyOf(arrivals);
    }

    /**
     * Selects the inbox afresh each time: GreenMail's IMAP server can fail a NOOP on a long-selected
     * mailbox that receives mail concurrently, and a failing poll would end the schedule silently.
     */
    private void poll() {
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Instant now = Instant.now();
                for (int count = inbox.getMessageCount(); seen < count; seen++) {
                    arrivals.computeIfAbsent(TicketNumber.in(inbox.getMessage(seen + 1).getSubject()),
                            key -> new CopyOnWriteArrayList<>()).add(now);
                }
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "IMAP poll failed; trying again", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
            store.close();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Mailbox.delete(address);
        }
    }
}
