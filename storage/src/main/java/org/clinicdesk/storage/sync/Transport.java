package org.clinicdesk.storage.sync;

import java.net.URI;
import java.util.Locale;
import org.clinicdesk.core.sync.SyncRefusedException;

/**
 * How a desk may reach its central server. Off this computer, patient data and passwords travel only over TLS that
 * checks the server's certificate and name ({@code sslmode=verify-full}); a plain or merely encrypted connection is
 * refused unless a person chose it with {@code --insecure}, and then the window says so.
 */
public enum Transport {
    /** verify-full off loopback (the default). */
    VERIFIED,
    /** Anything the URL says, by a person's explicit choice. */
    INSECURE_ALLOWED;

    /** Refuses, before any connection is tried, a URL that this transport does not allow. */
    public void check(String url) {
        if (this == INSECURE_ALLOWED || isLoopback(url) || verifiesTheServer(url)) {
            return;
        }
        throw new SyncRefusedException(SyncRefusedException.Reason.INSECURE_CONNECTION, "The central server at "
                + host(url) + " is not on this computer, and the URL does not ask for a verified encrypted connection. "
                + "Add ?sslmode=verify-full&sslrootcert=/path/to/root.crt to the URL (the server's certificate authority), "
                + "or, on a network you control, give --insecure. Nothing was saved or sent.");
    }

    /** Whether data to this URL travels unencrypted or unverified, though allowed: the status bar says so. */
    public boolean exposes(String url) {
        return !isLoopback(url) && !verifiesTheServer(url);
    }

    static boolean verifiesTheServer(String url) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
        for (String parameter : query.split("&")) {
            if (parameter.equals("sslmode=verify-full")) {
                return true;
            }
        }
        return false;
    }

    static boolean isLoopback(String url) {
        String host = host(url).toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** The host part of jdbc:postgresql://host[:port][,host2...]/db; several hosts count as not loopback. */
    static String host(String url) {
        String rest = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()) : "";
        int end = rest.indexOf('/');
        String hosts = end < 0 ? rest : rest.substring(0, end);
        if (hosts.isEmpty()) {
            return "localhost"; // jdbc:postgresql:db means the local server
        }
        if (hosts.contains(",")) {
            return hosts;
        }
        try {
            String host = URI.create("postgresql://" + hosts).getHost();
            return host == null ? hosts : host;
        } catch (IllegalArgumentException e) {
            return hosts;
        }
    }
}
