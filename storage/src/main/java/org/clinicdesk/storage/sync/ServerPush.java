package org.clinicdesk.storage.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncProtocol;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncRow;

/**
 * Sends one batch of desk changes to the central server's {@code cd_push} function, which checks every row against
 * this desk's own clinic and site and applies the merge rules there (the desk never writes central tables), then
 * reads back the rows the server kept otherwise than this desk sent them: what the desk should now hold instead. Runs in the caller's
 * transaction on {@code central}; the caller commits. A batch resent after a cut changes nothing the second time.
 */
final class ServerPush {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of one batch: conflicts for a person, and the central rows the merge kept otherwise than sent. */
    record Result(List<String> conflicts, Map<RowKey, SyncRow> finalRows) {
    }

    Result push(Connection central, Map<String, List<String>> columnsByTable, List<SyncRow> batch) throws SQLException {
        refuseVersionsAhead(central, batch);
        List<String> conflicts = new ArrayList<>();
        Map<String, List<UUID>> idsByTable = new LinkedHashMap<>();
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_push(?::jsonb)")) {
            ps.setString(1, batchJson(columnsByTable, batch));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                JsonNode answer = JSON.readTree(rs.getString(1));
                answer.path("conflicts").forEach(c -> conflicts.add(c.asText()));
                // only rows whose kept state differs from what was sent come back; the rest is as this desk has it
                answer.path("adopt").forEach(pair -> idsByTable.computeIfAbsent(
                        SyncedTable.require(pair.get(0).asText()).tableName(), t -> new ArrayList<>())
                        .add(UUID.fromString(pair.get(1).asText())));
            }
        } catch (SQLException e) {
            throw refusal(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("the central server answered a push with something that is not JSON", e);
        }
        Map<RowKey, SyncRow> finalRows = new LinkedHashMap<>();
        for (Map.Entry<String, List<UUID>> e : idsByTable.entrySet()) {
            CentralRows.byIds(central, e.getKey(), columnsByTable.get(e.getKey()), e.getValue(), CentralRows.Lock.NONE)
                    .forEach((id, row) -> finalRows.put(new RowKey(e.getKey(), id), row));
        }
        return new Result(conflicts, finalRows);
    }

    /** The batch as {@code cd_push} takes it: [{"t": table, "r": row}, ...]. */
    static String batchJson(Map<String, List<String>> columnsByTable, List<SyncRow> batch) {
        ArrayNode rows = JSON.createArrayNode();
        for (SyncRow row : batch) {
            rows.addObject().put("t", row.table()).set("r", encode(row, columnsByTable.get(row.table())));
        }
        return rows.toString();
    }

    private static ObjectNode encode(SyncRow row, List<String> columns) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", row.id().toString());
        node.put("site", row.site());
        node.put("version", row.version().encode());
        node.put("deleted", row.deleted());
        ObjectNode versions = node.putObject("field_versions");
        row.fieldVersions().forEach((column, version) -> versions.put(column, version.encode()));
        for (String column : columns) {
            Object value = CentralRows.toCentral(row.values().get(column));
            if (value == null) {
                node.putNull(column);
            } else if (value instanceof Long l) {
                node.put(column, l);
            } else if (value instanceof Integer i) {
                node.put(column, i);
            } else if (value instanceof Double d) {
                node.put(column, d);
            } else if (value instanceof Boolean b) {
                node.put(column, b);
            } else if (value instanceof LocalDate || value instanceof UUID || value instanceof String) {
                node.put(column, value.toString());
            } else {
                throw new IllegalArgumentException("column " + row.table() + "." + column + " holds a "
                        + value.getClass().getSimpleName() + ", which does not travel");
            }
        }
        return node;
    }

    /** A version stamped far in the future would win every later merge: refuse the whole batch. */
    private static void refuseVersionsAhead(Connection central, List<SyncRow> batch) throws SQLException {
        long serverMillis = serverMillis(central);
        for (SyncRow row : batch) {
            long ahead = row.version().wallMillis() - serverMillis;
            if (ahead > SyncProtocol.MAX_CLOCK_AHEAD.toMillis()) {
                throw new SyncRefusedException(SyncRefusedException.Reason.CLOCK_AHEAD, "A change to " + row.table()
                        + " " + row.id() + " carries a time " + Math.round(ahead / 60_000.0) + " min ahead of the central "
                        + "server. Correct the clock of site " + row.version().site() + "; nothing was synced.");
            }
        }
    }

    static long serverMillis(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The server's refusals of a push arrive as SQL errors; the ones a person can act on become refusals. */
    private static SQLException refusal(SQLException e) {
        String state = e.getSQLState();
        if ("42501".equals(state) || "22023".equals(state) || "23000".equals(state) || "22000".equals(state)) {
            throw new SyncRefusedException(SyncRefusedException.Reason.REFUSED_BY_SERVER, "The central server refused "
                    + "this desk's changes: " + e.getMessage() + ". Nothing of the batch was stored.");
        }
        return e;
    }
}
