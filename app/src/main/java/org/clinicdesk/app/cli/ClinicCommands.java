package org.clinicdesk.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.ClinicContact;
import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.site.ClinicSettings;
import org.clinicdesk.core.site.ClinicSettingsService;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinic show|set}: the settings every desk of the clinic shares (they travel by sync). */
@Command(name = "clinic", description = "The clinic's shared settings: name, address, phone, date order, idle lock, token prefixes.",
        subcommands = {ClinicCommands.Show.class, ClinicCommands.Id.class, ClinicCommands.Set.class})
final class ClinicCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    static Map<String, Object> describe(SiteSettings site, ClinicSettings settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("clinic", settings.clinicName());
        doc.put("clinicId", site.clinicId().toString());
        doc.put("site", site.site().value());
        doc.put("dateOrder", settings.dateOrder().name());
        doc.put("idleLockMinutes", settings.idleLockMinutes());
        doc.put("phoneRegion", settings.phoneRegion());
        Map<String, String> prefixes = new TreeMap<>();
        settings.tokenPrefixes().forEach((desk, prefix) -> prefixes.put(desk.value(), prefix.value()));
        prefixes.putIfAbsent(site.site().value(), settings.tokenPrefix(site.site()).value());
        doc.put("tokenPrefixes", prefixes);
        return doc;
    }

    static Map<String, Object> describe(SiteSettings site, ClinicSettings settings, ClinicContact contact) {
        Map<String, Object> doc = describe(site, settings);
        doc.put("address", contact.addressOnOneLine());
        doc.put("phone", contact.phone());
        return doc;
    }

    private static void print(Output out, Map<String, Object> doc, boolean json) {
        if (json) {
            out.json(doc);
            return;
        }
        out.line("Clinic: " + doc.get("clinic") + " (id " + doc.get("clinicId") + ")");
        out.line("This desk: site " + doc.get("site"));
        out.line("Date order: " + (doc.get("dateOrder").equals("DAY_FIRST") ? "day first (14/08/1985)"
                : "month first (08/14/1985)"));
        out.line("Idle lock: " + doc.get("idleLockMinutes") + " minutes");
        out.line("Phone numbers without a country code: " + doc.get("phoneRegion"));
        out.line("Token prefixes: " + doc.get("tokenPrefixes"));
        out.line("Address: " + blankAsNotSet(doc.get("address")));
        out.line("Phone: " + blankAsNotSet(doc.get("phone")));
    }

    private static Object blankAsNotSet(Object value) {
        return value == null || value.toString().isEmpty() ? "not set (clinic set --address/--phone)" : value;
    }

    /** {@code clinic show}: needs no sign-in (the same facts {@code doctor} prints). */
    @Command(name = "show", description = "Print the clinic's settings and its id (needed by 'central add-site').")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private ClinicCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            try (LocalStore store = Session.openInitialised(group.root)) {
                SiteSettings site = store.siteSettings().orElseThrow();
                ClinicSettingsService service = ClinicServices.over(store).settings();
                print(Output.of(spec), describe(site, service.current(), service.contact()), json);
            }
            return ExitCode.OK;
        }
    }

    /** {@code clinic id}: the clinic's id alone, for scripts ({@code central add-site --clinic-id $(clinicdesk clinic id)}). */
    @Command(name = "id", description = "Print the clinic's id alone (what 'central add-site --clinic-id' asks for).")
    static final class Id implements Callable<Integer> {
        @ParentCommand
        private ClinicCommands group;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (LocalStore store = Session.openInitialised(group.root)) {
                Output.of(spec).line(store.siteSettings().orElseThrow().clinicId().toString());
            }
            return ExitCode.OK;
        }
    }

    /** {@code clinic set}: an administrator changes one or more settings; each change is audited. */
    @Command(name = "set", description = "Change the clinic's settings (administrators); they reach every desk by sync.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        private ClinicCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", paramLabel = "TEXT", description = "The clinic's name.")
        private String name;

        @Option(names = "--date-order", paramLabel = "day-first|month-first",
                description = "How the clinic writes dates: day-first (14/08/1985) or month-first (08/14/1985).")
        private String dateOrder;

        @Option(names = "--idle-minutes", paramLabel = "N", description = "Lock an idle window after N minutes (1 to 60).")
        private String idleMinutes;

        @Option(names = "--phone-region", paramLabel = "CODE",
                description = "Country of phone numbers typed without a country code (IN, the default, gives +91).")
        private String phoneRegion;

        @Option(names = "--token-prefix", paramLabel = "SITE=PREFIX",
                description = "The prefix of the queue tokens a desk issues, e.g. A=R gives R-014; repeat for each desk.")
        private List<String> tokenPrefixes = new java.util.ArrayList<>();

        @Option(names = "--address", paramLabel = "TEXT",
                description = "The clinic's postal address as printed on prescriptions, cards and slips.")
        private String address;

        @Option(names = "--phone", paramLabel = "TEXT", description = "The clinic's phone number(s) as printed.")
        private String phone;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            if (name == null && address == null && phone == null && dateOrder == null && idleMinutes == null && phoneRegion == null && tokenPrefixes.isEmpty()) {
                throw new ValidationException("settings", "nothing to change: give --name, --address, --phone, "
                        + "--date-order, --idle-minutes, --phone-region or --token-prefix");
            }
            // Everything is checked before anything is written.
            var order = dateOrder == null ? null : ClinicSetting.parseDateOrder(dateOrder);
            Integer minutes = idleMinutes == null ? null : ClinicSetting.parseIdleMinutes(idleMinutes);
            String region = phoneRegion == null ? null : ClinicSetting.parsePhoneRegion(phoneRegion);
            String checkedAddress = address == null ? null : ClinicContact.parseAddress(address);
            String checkedPhone = phone == null ? null : ClinicContact.parsePhone(phone);
            Map<SiteCode, SiteCode> prefixes = new LinkedHashMap<>();
            for (String pair : tokenPrefixes) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2) {
                    throw new ValidationException("token-prefix", "'" + pair + "' is not SITE=PREFIX (e.g. A=R)");
                }
                prefixes.put(SiteCode.of(parts[0]), SiteCode.of(parts[1]));
            }
            try (Session session = group.root.signIn()) {
                ClinicSettingsService service = session.services().settings();
                Actor actor = session.actor();
                session.services().store().context().tx().run(() -> {
                    if (name != null) {
                        service.renameClinic(actor, name);
                    }
                    if (order != null) {
                        service.setDateOrder(actor, order);
                    }
                    if (minutes != null) {
                        service.setIdleLockMinutes(actor, minutes);
                    }
                    if (region != null) {
                        service.setPhoneRegion(actor, region);
                    }
                    if (checkedAddress != null) {
                        service.setAddress(actor, checkedAddress);
                    }
                    if (checkedPhone != null) {
                        service.setPhone(actor, checkedPhone);
                    }
                    prefixes.forEach((desk, prefix) -> service.setTokenPrefix(actor, desk, prefix));
                });
                SiteSettings site = session.services().store().siteSettings().orElseThrow();
                print(Output.of(spec), describe(site, service.current(), service.contact()), json);
            }
            return ExitCode.OK;
        }
    }
}
