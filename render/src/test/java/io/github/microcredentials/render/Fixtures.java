package io.github.microcredentials.render;

import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Credentials and settings the render tests share. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** The demo credential. */
    static MicroCredential demo() {
        return Samples.microCredential();
    }

    /** The demo credential with its title and outcomes also in German, Greek and Bulgarian. */
    static MicroCredential multilingual() {
        MicroCredential demo = Samples.microCredential();
        LocalizedString title = demo.title().orElseThrow()
                .with("de", "FAIR-Forschungsdatenmanagement")
                .with("el", "Διαχείριση ερευνητικών δεδομένων FAIR")
                .with("bg", "Управление на изследователски данни по FAIR");
        List<LearningOutcome> outcomes = demo.learningOutcomes().stream()
                .map(o -> o.toBuilder().build())
                .toList();
        LearningOutcome first = outcomes.get(0);
        LearningOutcome translated = LearningOutcome.builder(first.id(), first.text()
                        .with("de", "Einen Datenmanagementplan entwerfen, der die Daten eines Forschungsprojekts auffindbar, "
                                + "zugänglich, interoperabel und wiederverwendbar (FAIR) macht.")
                        .with("el", "Σχεδιάζει σχέδιο διαχείρισης δεδομένων που καθιστά τα δεδομένα ενός ερευνητικού έργου "
                                + "ευρέσιμα, προσβάσιμα, διαλειτουργικά και επαναχρησιμοποιήσιμα (FAIR).")
                        .with("bg", "Изготвя план за управление на данни, който прави данните от изследователски проект "
                                + "откриваеми, достъпни, оперативно съвместими и повторно използваеми (FAIR)."))
                .build();
        return demo.toBuilder().title(title).learningOutcomes(List.of(translated, outcomes.get(1), outcomes.get(2))).build();
    }
}
