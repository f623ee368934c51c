package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrEngine;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.documents.DiskBlobStore;
import org.clinicdesk.storage.documents.JdbcDocumentRepository;
import org.clinicdesk.storage.documents.JdbcTransactions;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code document add} against a real H2 store, blob folder and Tesseract. */
class DocumentCommandTest {
    private static final SiteCode SITE = SiteCode.of("MAIN");
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Patient patient = new Patient(UUID.randomUUID(), new Uhid(SITE, 123456), new PersonName("Asha", "Rao"),
            DateOfBirth.exact(LocalDate.of(1980, 1, 2), LocalDate.now()), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
    private TesseractOcrEngine ocr;
    private JdbcDataSource dataSource;
    private DocumentCommand.Session session;

    @BeforeEach
    void open() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/local").load().migrate();
        Clock clock = Clock.systemUTC();
        UuidV7Generator ids = new UuidV7Generator(clock);
        JdbcTransactions tx = new JdbcTransactions(dataSource);
        ClinicContext ctx = new ClinicContext(tx, new NoAudit(), clock, ids, counter -> 1);
        DocumentService service = new DocumentService(ctx, new JdbcDocumentRepository(tx,
                new HybridClock(clock, SITE.value(), Duration.ofMinutes(5)), ids), new DiskBlobStore(dir),
                new PageRenderer(FileLimits.DEFAULT), FileLimits.DEFAULT);
        ocr = new TesseractOcrEngine(1, FileLimits.DEFAULT);
        session = new DocumentCommand.Session() {
            public Actor actor() {
                return new Actor(UUID.randomUUID(), "dr.mehta", Role.DOCTOR, SITE);
            }

            public Patient patient(Uhid uhid) {
                if (!uhid.equals(patient.uhid())) {
                    throw new NotFoundException("Patient", uhid.value());
                }
                return patient;
            }

            public DocumentService documents() {
                return service;
            }

            public OcrEngine ocr() {
                return ocr;
            }

            public FileLimits limits() {
                return FileLimits.DEFAULT;
            }
        };
    }

    @AfterEach
    void close() {
        ocr.close();
    }

    private int run(String... args) {
        var cli = DocumentCommand.commandLine(session);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path scan() throws Exception {
        BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 300);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Tab. Metformin 500 mg BD", 60, 150);
        g.dispose();
        Path file = dir.resolve("rx.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void addStoresReadsAndPrintsTheDocumentAsJson() throws Exception {
        int exit = run("add", patient.uhid().value(), scan().toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("uhid").asText()).isEqualTo(patient.uhid().value());
        assertThat(json.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(json.get("ocrStatus").asText()).isEqualTo("READ");
        assertThat(Files.exists(dir.resolve("blobs").resolve(json.get("sha256").asText().substring(0, 2)))).isTrue();
    }

    @Test
    void unknownPatientIsRefusedOnStderrAndNothingIsStored() throws Exception {
        Uhid other = new Uhid(SITE, 999999);
        int exit = run("add", other.value(), scan().toString(), "--json");
        assertThat(exit).isEqualTo(OcrCommand.FAILED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(other.value());
        assertThat(Files.exists(dir.resolve("blobs"))).isFalse();
    }

    @Test
    void mistypedUhidIsABadInput() throws Exception {
        assertThat(run("add", "MAIN-123", scan().toString())).isEqualTo(OcrCommand.BAD_INPUT);
        assertThat(err.toString()).contains("uhid");
    }

    /** The audit chain has its own tests; here it only has to accept events. */
    private static final class NoAudit implements AuditLog {
        public AuditEvent append(String username, AuditRecord r) {
            return new AuditEvent(UUID.randomUUID(), "MAIN", 1, java.time.Instant.now(), username, r.action().name(),
                    r.entityType(), r.entityId(), r.detail(), "", "");
        }

        public List<AuditEvent> chainOf(String site) {
            return List.of();
        }

        public List<String> sites() {
            return List.of();
        }

        public Optional<ChainHead> head(String site) {
            return Optional.empty();
        }
    }
}
