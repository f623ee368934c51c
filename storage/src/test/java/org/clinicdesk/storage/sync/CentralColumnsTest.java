package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The handshake reads every synced table's columns in one catalogue query: for a site's own login it finds exactly
 * what information_schema.columns lists (the columns that login may use, in table order), for every synced table.
 */
class CentralColumnsTest {
    @Test
    void oneCatalogueQueryFindsWhatInformationSchemaListsForTheSiteLogin() throws Exception {
        try (PgTestDatabase db = PgTestDatabase.create(); Connection site = db.site(UUID.randomUUID(), "A").connect()) {
            List<String> tables = Arrays.stream(SyncedTable.values()).map(SyncedTable::tableName).toList();
            Map<String, List<String>> all = CentralRows.dataColumns(site, tables);
            assertThat(all.keySet()).containsExactlyElementsOf(tables);
            for (String table : tables) {
                assertThat(all.get(table)).as(table).isNotEmpty().isEqualTo(informationSchema(site, table));
            }
        }
    }

    /** A schema name that needs quoting as an identifier is compared as a name, not parsed as one. */
    @Test
    void aSchemaNameThatNeedsQuotingIsReadAsAName() throws Exception {
        try (PgTestDatabase db = PgTestDatabase.create(); Connection owner = db.adminConnection()) {
            try (var st = owner.createStatement()) {
                st.execute("CREATE SCHEMA \"Desk Schema\"");
                st.execute("CREATE TABLE \"Desk Schema\".patient (id uuid, version text, given_name text)");
                st.execute("SET search_path = \"Desk Schema\"");
            }
            assertThat(CentralRows.dataColumns(owner, List.of("patient")).get("patient"))
                    .isEqualTo(informationSchema(owner, "patient")).contains("given_name");
        }
    }

    private static List<String> informationSchema(Connection c, String table) throws Exception {
        List<String> columns = new java.util.ArrayList<>();
        try (var ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    if (!RowCodec.ENVELOPE.contains(column) && !column.equals("clinic_id")
                            && !column.equals("field_versions")) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }
}
