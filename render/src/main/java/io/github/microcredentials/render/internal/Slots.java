package io.github.microcredentials.render.internal;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.Term;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of the template slots for one credential in one language: the Annex I elements a
 * reader looks for (Council Recommendation 2022/C 243/02), each text in the page language when the
 * credential has it, else in its fallback language, marked as such.
 */
public final class Slots {

    /** Every slot name a template may use. */
    public static final Set<String> NAMES = Set.of("kind", "learner", "born", "title", "description", "awarding-body",
            "country", "issued", "place-of-issue", "workload", "level", "participation", "grade", "stackability",
            "prerequisites", "learning-outcomes", "assessments", "quality-assurance", "further-information",
            "credential-id", "qr", "logo", "embedded");

    private final MicroCredential credential;
    private final Labels labels;
    private final String language;
    private final Map<String, SlotValue> values = new LinkedHashMap<>();

    private Slots(MicroCredential credential, Labels labels, String language) {
        this.credential = credential;
        this.labels = labels;
        this.language = language;
    }

    /**
     * The slot values of a credential on a page in one language.
     *
     * @param credential the credential
     * @param language the page language, a BCP 47 tag
     * @param qrUri the QR code image, if any
     * @param logoUri the logo image, if any
     * @param embedded whether the signed credential is embedded in the document
     * @return the values by slot name; absent values have no entry
     */
    public static Map<String, SlotValue> of(MicroCredential credential, String language, Optional<String> qrUri,
            Optional<String> logoUri, boolean embedded) {
        Slots slots = new Slots(credential, Labels.of(language), language);
        slots.person();
        slots.achievement();
        slots.facts();
        slots.lists();
        qrUri.ifPresent(uri -> slots.values.put("qr", new SlotValue.Image(uri)));
        logoUri.ifPresent(uri -> slots.values.put("logo", new SlotValue.Image(uri)));
        if (embedded) {
            slots.label("embedded", "embedded");
        }
        slots.values.put("credential-id", new SlotValue.Text(credential.id().toString(), language));
        return Map.copyOf(slots.values);
    }

    private void person() {
        credential.learner().flatMap(l -> l.displayName()).ifPresent(name -> put("learner", name));
        credential.learner().flatMap(l -> l.dateOfBirth()).ifPresent(date -> put("born", date(date)));
    }

    private void achievement() {
        label("kind", "kind." + credential.kind().code());
        credential.title().ifPresent(t -> values.put("title", text(t)));
        credential.description().ifPresent(t -> values.put("description", text(t)));
        List<Organisation> bodies = credential.awardingBodies();
        if (!bodies.isEmpty()) {
            values.put("awarding-body", join(bodies.stream().map(o -> text(o.legalName())).toList()));
        }
        Set<Country> countries = new LinkedHashSet<>(credential.issuerCountries());
        bodies.forEach(o -> o.country().ifPresent(countries::add));
        if (!countries.isEmpty()) {
            put("country", String.join(", ", countries.stream().map(this::countryName).toList()));
        }
        credential.issued().ifPresent(issued -> put("issued", date(issued.toLocalDate())));
        credential.placeOfIssue().ifPresent(place -> values.put("place-of-issue", new SlotValue.Text(place, language)));
    }

    private void facts() {
        credential.workload().flatMap(this::workload).ifPresent(text -> put("workload", text));
        credential.level().flatMap(this::level).ifPresent(text -> put("level", text));
        credential.participationForm().ifPresent(form -> values.put("participation", term("participation", form)));
        credential.grade().ifPresent(grade -> put("grade", grade.value()
                + grade.scheme().map(s -> " (" + text(s.title()).text() + ")").orElse("")));
        credential.integration().ifPresent(this::stackability);
        credential.prerequisites().ifPresent(t -> values.put("prerequisites", text(t)));
        credential.furtherInformation().ifPresent(t -> {
            SlotValue.Text info = text(t);
            String url = credential.furtherInformationUrl().map(u -> " " + u).orElse("");
            values.put("further-information", new SlotValue.Text(info.text() + url, info.language()));
        });
    }

    private void lists() {
        List<SlotValue.Item> outcomes = new ArrayList<>();
        for (LearningOutcome outcome : credential.learningOutcomes()) {
            outcomes.add(new SlotValue.Item(text(outcome.text()), List.of()));
        }
        items("learning-outcomes", outcomes);
        List<SlotValue.Item> assessments = new ArrayList<>();
        for (Assessment assessment : credential.assessments()) {
            List<SlotValue.Text> details = new ArrayList<>();
            assessment.type().ifPresent(type -> details.add(term("assessment", type)));
            assessment.grade().ifPresent(grade -> details.add(new SlotValue.Text(labels.get("grade") + ": " + grade.value(),
                    labels.language())));
            assessment.supervision().ifPresent(s -> details.add(term("supervision", s)));
            assessments.add(new SlotValue.Item(text(assessment.title()), details));
        }
        items("assessments", assessments);
        List<SlotValue.Item> assurance = new ArrayList<>();
        for (QualityAssurance qa : credential.qualityAssurance()) {
            List<SlotValue.Text> details = new ArrayList<>();
            qa.description().ifPresent(d -> details.add(text(d)));
            qa.agency().ifPresent(a -> details.add(text(a)));
            assurance.add(new SlotValue.Item(term("qa", qa.type()), details));
        }
        items("quality-assurance", assurance);
    }

    private Optional<String> workload(Workload workload) {
        List<String> parts = new ArrayList<>();
        workload.credits().ifPresent(c -> parts.add(labels.get("ects", number(c))));
        workload.hours().ifPresent(h -> parts.add(labels.get("hours", number(BigDecimal.valueOf(h.toMinutes())
                .divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)))));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    private Optional<String> level(Level level) {
        List<String> parts = new ArrayList<>();
        level.eqf().ifPresent(eqf -> parts.add(labels.get("eqf", eqf.code())));
        level.cycle().ifPresent(cycle -> parts.add(term("cycle", cycle).text()));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    private void stackability(Integration integration) {
        SlotValue.Text option = term("stackability", integration.option());
        String text = integration.description().map(d -> option.text() + ". " + text(d).text()).orElse(option.text());
        values.put("stackability", new SlotValue.Text(text, option.language()));
    }

    /** The label of a vocabulary term, or its English label when the language has none. */
    private SlotValue.Text term(String prefix, Term term) {
        String key = prefix + "." + term.code();
        return labels.has(key) ? new SlotValue.Text(labels.get(key), labels.language()) : new SlotValue.Text(term.label(), "en");
    }

    /** The text in the page language, else the fallback the model chooses (English, else the first). */
    private SlotValue.Text text(LocalizedString string) {
        Optional<String> exact = string.get(language);
        if (exact.isPresent()) {
            return new SlotValue.Text(exact.get(), language);
        }
        String chosen = string.preferred(List.of(language));
        String tag = string.texts().entrySet().stream().filter(e -> e.getValue().equals(chosen))
                .map(Map.Entry::getKey).findFirst().orElse("en");
        return new SlotValue.Text(chosen, tag);
    }

    private static SlotValue.Text join(List<SlotValue.Text> texts) {
        String joined = String.join("; ", texts.stream().map(SlotValue.Text::text).toList());
        return new SlotValue.Text(joined, texts.get(0).language());
    }

    private void items(String name, List<SlotValue.Item> items) {
        if (!items.isEmpty()) {
            values.put(name, new SlotValue.Items(items));
        }
    }

    private void put(String name, String text) {
        values.put(name, new SlotValue.Text(text, language));
    }

    private void label(String name, String key) {
        values.put(name, new SlotValue.Text(labels.get(key), labels.language()));
    }

    private String date(TemporalAccessor date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale()).format(date);
    }

    private String number(EctsCredits credits) {
        return number(credits.value());
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value.stripTrailingZeros());
    }

    private String countryName(Country country) {
        String name = new Locale.Builder().setRegion(country.code()).build().getDisplayCountry(labels.locale());
        return name.isBlank() ? country.code() : name;
    }
}
