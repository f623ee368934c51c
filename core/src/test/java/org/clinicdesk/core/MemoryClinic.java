package org.clinicdesk.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinicdesk.core.audit.AuditChain;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditFilter;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.documents.TextMatch;
import org.clinicdesk.core.fhir.FhirSources;
import org.clinicdesk.core.fhir.ImportedSource;
import org.clinicdesk.core.flags.ClinicKnowledgeStore;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagRepository;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.core.site.ClinicSettingsRepository;
import org.clinicdesk.core.transaction.Sequences;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInLockout;
import org.clinicdesk.core.users.SignInLockouts;
import org.clinicdesk.core.users.User;
import org.clinicdesk.core.users.UserRepository;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.core.vitals.VitalsRepository;

/**
 * The outgoing ports of core's use cases kept in memory, so that core's own tests run the use cases (permission
 * checks, rules, audit) without a database. The store's adapters are tested over H2 and PostgreSQL in storage; here
 * the thing under test is always the use case. The unit of work undoes a failed transaction by restoring a snapshot,
 * so "nothing half-stored" can be asserted too.
 */
public final class MemoryClinic {
    public static final SiteCode SITE = new SiteCode("A");
    /** Monday 30 November 2026, 09:00 UTC: a fixed clinic morning. */
    public static final Instant MORNING = Instant.parse("2026-11-30T09:00:00Z");

    public final Map<UUID, Patient> patients = new LinkedHashMap<>();
    public final Map<UUID, QueueEntry> entries = new LinkedHashMap<>();
    public final List<QueueTransition> transitions = new ArrayList<>();
    public final Map<UUID, SoapNote> notes = new LinkedHashMap<>();
    public final List<Amendment> amendments = new ArrayList<>();
    public final Map<UUID, HistoryEntry> history = new LinkedHashMap<>();
    public final Map<UUID, Vitals> vitals = new LinkedHashMap<>();
    public final Map<UUID, Document> documents = new LinkedHashMap<>();
    public final Map<String, User> users = new LinkedHashMap<>();
    public final Map<UUID, SignInLockout> lockouts = new LinkedHashMap<>();
    public final Map<UUID, FlagRecord> flags = new LinkedHashMap<>();
    public final Map<String, String> settings = new LinkedHashMap<>();
    public final Map<String, ImportedSource> sources = new LinkedHashMap<>();
    public final List<AuditEvent> audit = new ArrayList<>();
    public final Map<String, Long> counters = new HashMap<>();
    public final Set<SiteCode> otherSites = new TreeSet<>(Comparator.comparing(SiteCode::value));
    public final MovableClock clock = new MovableClock(MORNING);
    public final ClinicContext ctx;
    private int depth;

    public MemoryClinic() {
        this.ctx = new ClinicContext(new MemoryUnitOfWork(), new MemoryAuditLog(), clock, new UuidV7Generator(clock),
                counter -> counters.merge(counter, 1L, Long::sum));
    }

    public static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT), role, SITE);
    }

    public static Actor actor(Role role, String username) {
        return new Actor(UUID.randomUUID(), username, role, SITE);
    }

    /** The audit actions written so far, oldest first. */
    public List<String> auditActions() {
        return audit.stream().map(AuditEvent::action).toList();
    }

    /** A clock the test moves forward (a day passes, a lock-out runs out). */
    public static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        public void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final class MemoryUnitOfWork implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (depth > 0) {
                return work.get();
            }
            Snapshot before = new Snapshot();
            depth++;
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                before.restore();
                throw e;
            } finally {
                depth--;
            }
        }
    }

    /** Copies of every map and list, put back when a transaction fails. */
    private final class Snapshot {
        private final List<Runnable> restores = new ArrayList<>();

        Snapshot() {
            keep(patients);
            keep(entries);
            keep(notes);
            keep(history);
            keep(vitals);
            keep(users);
            keep(documents);
            keep(lockouts);
            keep(flags);
            keep(settings);
            keep(sources);
            keep(counters);
            keep(transitions);
            keep(amendments);
            keep(audit);
        }

        private <K, V> void keep(Map<K, V> map) {
            Map<K, V> copy = new LinkedHashMap<>(map);
            restores.add(() -> {
                map.clear();
                map.putAll(copy);
            });
        }

        private <E> void keep(List<E> list) {
            List<E> copy = new ArrayList<>(list);
            restores.add(() -> {
                list.clear();
                list.addAll(copy);
            });
        }

        void restore() {
            restores.forEach(Runnable::run);
        }
    }

    private final class MemoryAuditLog implements AuditLog {
        @Override
        public AuditEvent append(String username, AuditRecord record) {
            String previous = audit.isEmpty() ? AuditChain.GENESIS : audit.get(audit.size() - 1).hash();
            AuditEvent e = AuditChain.seal(UUID.randomUUID(), SITE.value(), audit.size() + 1L, clock.instant(), username,
                    record, previous);
            audit.add(e);
            return e;
        }

        @Override
        public List<AuditEvent> chainOf(String site) {
            return audit.stream().filter(e -> e.site().equals(site)).toList();
        }

        @Override
        public List<String> sites() {
            return audit.isEmpty() ? List.of() : List.of(SITE.value());
        }

        @Override
        public List<AuditEvent> find(AuditFilter filter) {
            List<AuditEvent> newest = new ArrayList<>(audit);
            java.util.Collections.reverse(newest);
            return newest.stream()
                    .filter(e -> filter.username().map(e.username()::equals).orElse(true))
                    .filter(e -> filter.action().map(a -> a.name().equals(e.action())).orElse(true))
                    .filter(e -> filter.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true))
                    .filter(e -> filter.until().map(u -> e.occurredAt().isBefore(u)).orElse(true))
                    .filter(e -> filter.patientUhid().map(u -> AuditRecord.patientOf(e.detail()).equals(Optional.of(u)))
                            .orElse(true))
                    .limit(filter.limit()).toList();
        }

        @Override
        public Optional<ChainHead> head(String site) {
            return audit.isEmpty() ? Optional.empty()
                    : Optional.of(new ChainHead(audit.size(), audit.get(audit.size() - 1).hash()));
        }
    }

    /** The chart use case over these ports (imports and flags open charts through it). */
    public org.clinicdesk.core.chart.ChartService chartService() {
        return new org.clinicdesk.core.chart.ChartService(ctx, patientRepository(), vitalsRepository(), noteRepository(),
                historyRepository(), documentRepository());
    }

    public org.clinicdesk.core.patient.PatientService patientService() {
        return new org.clinicdesk.core.patient.PatientService(ctx, patientRepository());
    }

    /** The shared test data folder that surefire names ({@code /work/shared/data} beside the checkout). */
    public static java.nio.file.Path sharedData(String child) {
        String dir = System.getProperty("clinicdesk.shared.data");
        if (dir == null) {
            throw new IllegalStateException("system property clinicdesk.shared.data is not set (surefire sets it)");
        }
        return java.nio.file.Path.of(dir, child);
    }

    public PatientRepository patientRepository() {
        return new PatientRepository() {
            @Override
            public void save(Patient patient) {
                patients.put(patient.id(), patient);
            }

            @Override
            public Optional<Patient> findById(UUID id) {
                return Optional.ofNullable(patients.get(id));
            }

            @Override
            public Optional<Patient> findByUhid(Uhid uhid) {
                return patients.values().stream().filter(p -> p.uhid().equals(uhid)).findFirst();
            }

            @Override
            public List<Patient> search(String text, int limit) {
                String t = text.strip().toLowerCase(Locale.ROOT);
                String digits = t.replaceAll("\\D", "");
                return patients.values().stream().filter(p -> p.name().full().toLowerCase(Locale.ROOT).startsWith(t)
                                || p.uhid().value().toLowerCase(Locale.ROOT).startsWith(t)
                                || (!digits.isEmpty() && p.phone() != null && p.phone().digits().contains(digits)))
                        .limit(limit).toList();
            }

            @Override
            public List<Patient> findByPhoneOrDateOfBirth(String phoneDigits, LocalDate dateOfBirth, int limit) {
                return patients.values().stream().filter(p -> (phoneDigits != null && !phoneDigits.isEmpty()
                                && p.phone() != null && p.phone().digits().equals(phoneDigits))
                                || (p.dateOfBirth() != null && p.dateOfBirth().date().equals(dateOfBirth)))
                        .limit(limit).toList();
            }

            @Override
            public long count() {
                return patients.size();
            }

            @Override
            public List<Patient> pointingAt(UUID patientId) {
                return patients.values().stream().filter(p -> p.mergedInto().equals(Optional.of(patientId))).toList();
            }

            @Override
            public List<Patient> all() {
                return patients.values().stream().sorted(Comparator.comparing(p -> p.uhid().value())).toList();
            }
        };
    }

    public QueueRepository queueRepository() {
        return new QueueRepository() {
            @Override
            public void save(QueueEntry entry) {
                entries.put(entry.id(), entry);
            }

            @Override
            public void record(QueueTransition transition) {
                transitions.add(transition);
            }

            @Override
            public Optional<QueueEntry> findByToken(LocalDate day, Token token) {
                return entries.values().stream().filter(e -> e.serviceDate().equals(day) && e.token().equals(token))
                        .findFirst();
            }

            @Override
            public Optional<QueueEntry> findById(UUID id) {
                return Optional.ofNullable(entries.get(id));
            }

            @Override
            public List<QueueEntry> forDay(LocalDate day) {
                return entries.values().stream().filter(e -> e.serviceDate().equals(day)).toList();
            }

            @Override
            public List<QueueTransition> transitionsOf(UUID entryId) {
                return transitions.stream().filter(t -> t.entryId().equals(entryId)).toList();
            }

            @Override
            public java.util.Map<UUID, List<QueueTransition>> transitionsOf(java.util.Collection<UUID> entryIds) {
                return transitions.stream().filter(t -> entryIds.contains(t.entryId())).collect(
                        java.util.stream.Collectors.groupingBy(QueueTransition::entryId));
            }

            @Override
            public Optional<QueueEntry> openEntryFor(UUID patientId, LocalDate day) {
                return entries.values().stream().filter(e -> e.patientId().equals(patientId)
                        && e.serviceDate().equals(day) && e.status().isOpen()).findFirst();
            }
        };
    }

    /** The counts a repository's {@code countsFor} gives, from its {@code forPatient}. */
    private static Map<UUID, Integer> countsOf(java.util.Collection<UUID> patientIds,
                                               java.util.function.Function<UUID, List<?>> forPatient) {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        for (UUID id : patientIds) {
            int n = forPatient.apply(id).size();
            if (n > 0) {
                counts.put(id, n);
            }
        }
        return counts;
    }

    public NoteRepository noteRepository() {
        return new NoteRepository() {
            @Override
            public void save(SoapNote note) {
                notes.put(note.id(), note);
            }

            @Override
            public Optional<SoapNote> findById(UUID id) {
                return Optional.ofNullable(notes.get(id));
            }

            @Override
            public List<SoapNote> forPatient(UUID patientId) {
                return notes.values().stream().filter(n -> n.patientId().equals(patientId)).toList();
            }

            @Override
            public Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds) {
                return countsOf(patientIds, this::forPatient);
            }

            @Override
            public void add(Amendment amendment) {
                amendments.add(amendment);
            }

            @Override
            public List<Amendment> amendmentsOf(UUID noteId) {
                return amendments.stream().filter(a -> a.noteId().equals(noteId)).toList();
            }
        };
    }

    public HistoryRepository historyRepository() {
        return new HistoryRepository() {
            @Override
            public void save(HistoryEntry entry) {
                history.put(entry.id(), entry);
            }

            @Override
            public void add(HistoryEntry entry) {
                history.put(entry.id(), entry);
            }

            @Override
            public void addAll(List<HistoryEntry> entries) {
                entries.forEach(this::add);
            }

            @Override
            public List<HistoryEntry> forPatient(UUID patientId) {
                return history.values().stream().filter(h -> h.patientId().equals(patientId)).toList();
            }

            @Override
            public Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds) {
                return countsOf(patientIds, this::forPatient);
            }
        };
    }

    public VitalsRepository vitalsRepository() {
        return new VitalsRepository() {
            @Override
            public void save(Vitals v) {
                vitals.put(v.id(), v);
            }

            @Override
            public Optional<Vitals> latestFor(UUID patientId) {
                return forPatient(patientId).stream().max(Comparator.comparing(Vitals::takenAt));
            }

            @Override
            public List<Vitals> forPatient(UUID patientId) {
                return vitals.values().stream().filter(v -> v.patientId().equals(patientId)).toList();
            }

            @Override
            public boolean existsSince(UUID patientId, Instant since) {
                return forPatient(patientId).stream().anyMatch(v -> !v.takenAt().isBefore(since));
            }

            @Override
            public java.util.Set<UUID> withVitalsSince(java.util.Collection<UUID> patientIds, Instant since) {
                return patientIds.stream().filter(id -> existsSince(id, since)).collect(java.util.stream.Collectors.toSet());
            }
        };
    }

    public DocumentRepository documentRepository() {
        return new DocumentRepository() {
            @Override
            public void save(Document document) {
                documents.put(document.id(), document);
            }

            @Override
            public Optional<Document> findById(UUID id) {
                return Optional.ofNullable(documents.get(id));
            }

            @Override
            public Optional<Document> findByPatientAndHash(UUID patientId, String sha256) {
                return documents.values().stream().filter(d -> d.patientId().equals(patientId)
                        && d.sha256().equals(sha256)).findFirst();
            }

            @Override
            public List<Document> forPatient(UUID patientId) {
                return documents.values().stream().filter(d -> d.patientId().equals(patientId)).toList();
            }

            @Override
            public void saveText(UUID documentId, List<OcrPage> pages) {
                throw new UnsupportedOperationException("OCR text is kept and searched over H2: see storage's tests");
            }

            @Override
            public void updateStatus(UUID documentId, OcrStatus status) {
                throw new UnsupportedOperationException("OCR text is kept and searched over H2: see storage's tests");
            }

            @Override
            public List<TextMatch> search(String query, int limit) {
                throw new UnsupportedOperationException("OCR text is kept and searched over H2: see storage's tests");
            }
        };
    }

    public UserRepository userRepository() {
        return new UserRepository() {
            @Override
            public void save(User user) {
                users.put(user.username(), user);
            }

            @Override
            public Optional<User> findByUsername(String username) {
                return Optional.ofNullable(users.get(username));
            }

            @Override
            public List<User> all() {
                return List.copyOf(users.values());
            }

            @Override
            public long count() {
                return users.size();
            }
        };
    }

    public SignInLockouts signInLockouts() {
        return new SignInLockouts() {
            @Override
            public Optional<SignInLockout> find(UUID userId) {
                return Optional.ofNullable(lockouts.get(userId));
            }

            @Override
            public List<SignInLockout> all() {
                return List.copyOf(lockouts.values());
            }

            @Override
            public void save(SignInLockout lockout) {
                lockouts.put(lockout.userId(), lockout);
            }

            @Override
            public void clear(UUID userId) {
                lockouts.remove(userId);
            }
        };
    }

    public FlagRepository flagRepository() {
        return new FlagRepository() {
            @Override
            public void save(FlagRecord flag) {
                flags.put(flag.id(), flag);
            }

            @Override
            public List<FlagRecord> forPatient(UUID patientId) {
                return flags.values().stream().filter(f -> f.patientId().equals(patientId))
                        .sorted(Comparator.comparing(FlagRecord::changedAt)).toList();
            }
        };
    }

    public ClinicSettingsRepository settingsRepository() {
        return new ClinicSettingsRepository() {
            @Override
            public Map<String, String> all() {
                return Map.copyOf(settings);
            }

            @Override
            public void put(String name, String value) {
                settings.put(name, value);
            }

            @Override
            public Set<SiteCode> knownSites() {
                Set<SiteCode> known = new TreeSet<>(Comparator.comparing(SiteCode::value));
                known.addAll(otherSites);
                known.add(SITE);
                return known;
            }
        };
    }

    public ClinicKnowledgeStore knowledgeStore() {
        return new ClinicKnowledgeStore() {
            @Override
            public Optional<String> interactions() {
                return Optional.ofNullable(settings.get("clinic.interactions"));
            }

            @Override
            public void saveInteractions(String csv) {
                settings.put("clinic.interactions", csv);
            }
        };
    }

    public FhirSources fhirSources() {
        return new FhirSources() {
            @Override
            public Optional<ImportedSource> find(String key) {
                return Optional.ofNullable(sources.get(key));
            }

            @Override
            public Map<String, ImportedSource> findAll(Collection<String> keys) {
                Map<String, ImportedSource> found = new HashMap<>();
                keys.stream().filter(sources::containsKey).forEach(k -> found.put(k, sources.get(k)));
                return found;
            }

            @Override
            public void remember(ImportedSource source) {
                sources.put(source.key(), source);
            }

            @Override
            public void rememberAll(List<ImportedSource> all) {
                all.forEach(this::remember);
            }

            @Override
            public List<ImportedSource> forPatient(UUID patientId) {
                return sources.values().stream().filter(s -> Objects.equals(s.patientId(), patientId))
                        .sorted(Comparator.comparing(ImportedSource::key)).toList();
            }
        };
    }
}
