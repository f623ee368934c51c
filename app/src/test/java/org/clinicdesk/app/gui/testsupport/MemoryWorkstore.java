package org.clinicdesk.app.gui.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.common.StoreHealth;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.audit.AuditChain;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.User;
import org.clinicdesk.core.users.UserRepository;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.core.vitals.VitalsRepository;
import org.clinicdesk.core.vitals.VitalsService;

/** Stand-in store in memory, used only while the H2 store is not merged; same ports, no persistence. */
public final class MemoryWorkstore implements Workstore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<UUID, Patient> patients = new ConcurrentHashMap<>();
    private final Map<UUID, QueueEntry> entries = new ConcurrentHashMap<>();
    private final List<QueueTransition> transitions = new ArrayList<>();
    private final List<Vitals> vitals = new ArrayList<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, List<AuditEvent>> audit = new ConcurrentHashMap<>();
    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final ClinicServices services;
    private final ClinicContext ctx;
    private final Clock clock;
    private SiteSettings site;

    public MemoryWorkstore(Clock clock) {
        this.clock = clock;
        UnitOfWork tx = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                lock.lock();
                try {
                    return work.get();
                } finally {
                    lock.unlock();
                }
            }
        };
        ctx = new ClinicContext(tx, new Audit(), clock, new UuidV7Generator(clock),
                counter -> counters.merge(counter, 1L, Long::sum));
        VitalsService vitalsService = new VitalsService(ctx, new VitalsRepo());
        PatientRepo patientRepo = new PatientRepo();
        services = new ClinicServices(null,
                new UserService(ctx, new UserRepo(), new PasswordHasher(), SignInPolicy.DEFAULT),
                new PatientService(ctx, patientRepo),
                new QueueService(ctx, new QueueRepo(), patientRepo, vitalsService::takenToday),
                vitalsService, null, null, new AuditService(tx, ctx.audit()), null);
    }

    @Override
    public ClinicServices services() {
        return services;
    }

    @Override
    public Optional<SiteSettings> siteSettings() {
        return Optional.ofNullable(site);
    }

    @Override
    public void initialise(SiteSettings settings) {
        this.site = settings;
    }

    @Override
    public long changeMarker() {
        return ctx.tx().inTransaction(() -> audit.values().stream().mapToLong(List::size).sum());
    }

    @Override
    public StoreHealth health() {
        return StoreHealth.OK;
    }

    @Override
    public Path dataDir() {
        return Path.of("memory");
    }

    @Override
    public void close() {
    }

    @Override
    public AuditLog auditLog() {
        return ctx.audit();
    }

    private final class Audit implements AuditLog {
        @Override
        public AuditEvent append(String username, AuditRecord record) {
            String code = site == null ? "?" : site.site().value();
            List<AuditEvent> chain = audit.computeIfAbsent(code, k -> new ArrayList<>());
            String previous = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
            AuditEvent e = AuditChain.seal(UUID.randomUUID(), code, chain.size() + 1, Instant.now(clock), username,
                    record, previous);
            chain.add(e);
            return e;
        }

        @Override
        public List<AuditEvent> chainOf(String code) {
            return List.copyOf(audit.getOrDefault(code, List.of()));
        }

        @Override
        public List<String> sites() {
            return List.copyOf(audit.keySet());
        }

        @Override
        public Optional<ChainHead> head(String code) {
            List<AuditEvent> chain = audit.getOrDefault(code, List.of());
            return chain.isEmpty() ? Optional.empty()
                    : Optional.of(new ChainHead(chain.size(), chain.get(chain.size() - 1).hash()));
        }
    }

    private final class PatientRepo implements PatientRepository {
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
            String t = text.toLowerCase(Locale.ROOT);
            String digits = text.replaceAll("[^0-9]", "");
            return patients.values().stream()
                    .filter(p -> p.name().full().toLowerCase(Locale.ROOT).startsWith(t)
                            || p.name().family().toLowerCase(Locale.ROOT).startsWith(t)
                            || p.uhid().value().toLowerCase(Locale.ROOT).startsWith(t)
                            || !digits.isEmpty() && digits.length() == text.strip().length()
                            && p.phoneNumber().map(ph -> ph.digits().contains(digits)).orElse(false))
                    .sorted(Comparator.comparing(p -> p.name().full()))
                    .limit(limit).toList();
        }

        @Override
        public List<Patient> findByPhoneOrDateOfBirth(String phoneDigits, LocalDate dateOfBirth, int limit) {
            return patients.values().stream()
                    .filter(p -> p.dateOfBirth().date().equals(dateOfBirth) || phoneDigits != null
                            && p.phoneNumber().map(ph -> ph.digits().equals(phoneDigits)).orElse(false))
                    .limit(limit).toList();
        }

        @Override
        public long count() {
            return patients.size();
        }
    }

    private final class QueueRepo implements QueueRepository {
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
            return forDay(day).stream().filter(e -> e.token().equals(token)).findFirst();
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
        public Optional<QueueEntry> openEntryFor(UUID patientId, LocalDate day) {
            return forDay(day).stream().filter(e -> e.patientId().equals(patientId) && e.status().isOpen()).findFirst();
        }
    }

    private final class VitalsRepo implements VitalsRepository {
        @Override
        public void save(Vitals v) {
            vitals.add(v);
        }

        @Override
        public Optional<Vitals> latestFor(UUID patientId) {
            return vitals.stream().filter(v -> v.patientId().equals(patientId)).reduce((a, b) -> b);
        }

        @Override
        public List<Vitals> forPatient(UUID patientId) {
            return vitals.stream().filter(v -> v.patientId().equals(patientId)).toList();
        }

        @Override
        public boolean existsSince(UUID patientId, Instant since) {
            return vitals.stream().anyMatch(v -> v.patientId().equals(patientId) && !v.takenAt().isBefore(since));
        }
    }

    private final class UserRepo implements UserRepository {
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
    }
}
