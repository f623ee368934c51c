package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the central PostgreSQL server is and who we are there. TLS is a matter of the JDBC URL: add
 * {@code ?ssl=true&sslmode=verify-full&sslrootcert=/path/to/root.crt} and the driver checks the server's
 * certificate and host name.
 */
public record CentralServer(String url, String user, String password, Transport transport) {
    public CentralServer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(transport, "transport");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new org.clinicdesk.core.common.ValidationException("url", "must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database), got '" + url + "'");
        }
    }

    /** A server reached over verified TLS unless it is on this computer. */
    public CentralServer(String url, String user, String password) {
        this(url, user, password, Transport.VERIFIED);
    }

    /** A new connection with timeouts, so that a server that goes away mid-sync fails the sync instead of hanging it. */
    public Connection connect() throws SQLException {
        transport.check(url);
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        props.setProperty("socketTimeout", "60");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "clinicdesk-sync");
        // batched upserts travel as multi-row statements: far fewer round trips per batch
        props.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(url, props);
    }
}
