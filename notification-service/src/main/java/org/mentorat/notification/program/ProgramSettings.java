package org.mentorat.notification.program;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.program.ProgramSettingsStore.StoredProgram;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What each program asks of notifications (reminder offsets, mandatory categories, digest
 * recipients), as profile published it; fed by ProgramPublished and ProgramClosed only.
 */
@Service
public class ProgramSettings {

    private static final Logger log = LoggerFactory.getLogger(ProgramSettings.class);

    private final ProgramSettingsStore store;
    private final ProgramDefaults defaults;

    ProgramSettings(ProgramSettingsStore store, ProgramDefaults defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    /** The program's settings; for a program not heard of, the defaults (reminders a day and an hour before). */
    public ProgramNotificationSettings of(String tenantId, String programId) {
        return store.find(tenantId, programId).map(this::settingsOf)
                .orElseGet(() -> new ProgramNotificationSettings(tenantId, programId, null,
                        defaults.reminderOffsets(), Set.of(), List.of()));
    }

    /** Every tenant's programs published and not closed: those whose administrators get a weekly digest. */
    public List<ProgramNotificationSettings> open() {
        return store.open().stream().filter(program -> program.name() != null).map(this::settingsOf).toList();
    }

    void publish(ProgramPublished published, IncomingEvent event) {
        requireProgram(published.programId(), event);
        StoredProgram program = new StoredProgram(event.tenantId(), published.programId(), published.name(),
                published.reminderOffsets() == null ? null : offsets(published.reminderOffsets(), event),
                published.mandatoryNotifications() == null ? List.of() : published.mandatoryNotifications(),
                published.digestRecipientIds() == null ? List.of() : published.digestRecipientIds());
        boolean applied = store.published(program, event);
        log.info("program settings {} tenant={} aggregate={} eventId={}", applied ? "recorded" : "already newer",
                event.tenantId(), published.programId(), event.id());
    }

    void close(ProgramClosed closed, IncomingEvent event) {
        requireProgram(closed.programId(), event);
        boolean applied = store.closed(closed.programId(), event);
        log.info("program {} tenant={} aggregate={} eventId={}", applied ? "closed" : "already newer",
                event.tenantId(), closed.programId(), event.id());
    }

    private ProgramNotificationSettings settingsOf(StoredProgram program) {
        Set<Category> mandatory = EnumSet.noneOf(Category.class);
        for (String name : program.mandatory()) {
            try {
                mandatory.add(Category.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                // a category a newer profile knows and this version does not: nothing of it is sent anyway
                log.debug("unknown mandatory category {} tenant={} aggregate={}", name, program.tenantId(),
                        program.programId());
            }
        }
        return new ProgramNotificationSettings(program.tenantId(), program.programId(), program.name(),
                program.reminderOffsets() == null ? defaults.reminderOffsets() : program.reminderOffsets(),
                mandatory, program.digestRecipientIds());
    }

    /**
     * Longest first, each once. A malformed offset (the contract's schema forbids them) costs that
     * reminder only, not the program's other settings.
     */
    private static List<Duration> offsets(List<String> published, IncomingEvent event) {
        List<Duration> offsets = new ArrayList<>();
        for (String offset : published) {
            try {
                offsets.add(Duration.parse(String.valueOf(offset)));
            } catch (DateTimeParseException malformed) {
                log.warn("reminder offset {} ignored tenant={} aggregate={} eventId={}", offset, event.tenantId(),
                        event.subject(), event.id());
            }
        }
        return offsets.stream().filter(offset -> offset.isPositive()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** An event without its program can never be applied: dead-lettered rather than skipped. */
    private static void requireProgram(String programId, IncomingEvent event) {
        if (programId == null || programId.isBlank()) {
            throw new IllegalArgumentException(event.type() + " lacks programId");
        }
    }
}
