package org.clinicdesk.app.gui.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the desks and the central PostgreSQL server that a test can pull out and plug back in:
 * {@link #cut()} drops every open connection and refuses new ones, as a dead switch or a stopped server does.
 */
public final class NetworkCable implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private NetworkCable(String targetHost, int targetPort, ServerSocket first) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = first.getLocalPort();
        accept(first);
    }

    /** A cable to the server named in a {@code jdbc:postgresql://host:port/db} URL. */
    public static NetworkCable to(String jdbcUrl) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new NetworkCable(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), socket);
    }

    /** The same URL, through this cable. */
    public String through(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(authority), "127.0.0.1:" + port);
    }

    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    /** Plugs the cable back in; a cable already in does not change. */
    public synchronized void plugIn() throws IOException {
        if (!listening.isClosed()) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        accept(socket);
    }

    private void accept(ServerSocket socket) {
        listening = socket;
        daemon(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket desk = socket.accept();
                    Socket server = new Socket(targetHost, targetPort);
                    open.add(desk);
                    open.add(server);
                    daemon(() -> pipe(desk, server));
                    daemon(() -> pipe(server, desk));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException dropped) {
            // the other direction or cut() closed the sockets
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "test-network-cable");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
