package com.helpdesk.notification.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a loopback port in front of the real Keycloak, so a test can take the staff directory away the way
 * a network does and give it back: {@link #hang()} keeps every connection open and silent (calls run into their
 * timeout), {@link #restore()} relays again. Connections open at either switch are cut, so no pooled connection
 * outlives it.
 */
public final class DirectoryRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean hanging;

    DirectoryRelay(String host, int port) {
        this.target = new InetSocketAddress(host, port);
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("directory-relay", this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on the directory accepts connections and never answers. */
    public void hang() {
        hanging = true;
        cutAll();
    }

    /** From now on calls reach Keycloak again. */
    public void restore() {
        hanging = false;
        cutAll();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        cutAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.add(client);
                if (!hanging) {
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    connections.add(upstream);
                    daemon("relay-up", () -> pipe(client, upstream));
                    daemon("relay-down", () -> pipe(upstream, client));
                }
            } catch (IOException e) {
                // listener closed, or Keycloak refused: the client sees its connection end
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private void cutAll() {
        connections.forEach(DirectoryRelay::close);
        connections.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
