package com.helpdesk.notification.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Another company's system receiving our webhooks: a real HTTP server on a free loopback port that checks each
 * request's signature the way the README tells receivers to, and answers with the status codes it is told to.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request, as the receiver saw it; {@code nanos} is {@link System#nanoTime()} at its arrival. */
    record Received(String eventId, String eventType, String deliveryId, String body, boolean signatureValid, long nanos) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile int defaultAnswer = 200;
    private volatile String secret;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("Helpdesk-Signature");
            received.add(new Received(exchange.getRequestHeaders().getFirst("Helpdesk-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Helpdesk-Event-Type"),
                    exchange.getRequestHeaders().getFirst("Helpdesk-Delivery-Id"),
                    new String(body, StandardCharsets.UTF_8), verify(secret, signature, body), System.nanoTime()));
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? defaultAnswer : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The secret the subscription was created with: the receiver stores it then. */
    void secret(String secret) {
        this.secret = secret;
    }

    /** Answers these status codes to the next requests, then {@code otherwise} to all later ones. */
    void answer(int otherwise, Integer... first) {
        synchronized (answers) {
            answers.clear();
            answers.addAll(List.of(first));
        }
        defaultAnswer = otherwise;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The verification snippet of the README, verbatim: what a third party writes, with nothing of ours. */
    static boolean verify(String secret, String header, byte[] body) {
        if (secret == null || header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) t = kv[1];
            if (kv.length == 2 && kv[0].equals("v1")) v1 = kv[1];
        }
        if (t == null || v1 == null || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
