package io.github.microcredentials.core.internal.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome verbs of rule HE-LO-VERB, bundled as {@code data/verbs.tsv}: observable active verbs
 * by level of Bloom's revised taxonomy, vague verbs and phrases to avoid, and the lead-ins ("the
 * learner will be able to") that come before an outcome's verb. Loaded once; immutable.
 */
public final class VerbLexicon {

    /** What the start of an outcome is. */
    public enum Kind {
        /** An observable active verb of the taxonomy. */
        OBSERVABLE,
        /** A vague verb or phrase such as "know" or "be aware of". */
        VAGUE,
        /** A word that is in neither list. */
        UNKNOWN
    }

    /**
     * How the start of an outcome was classified.
     *
     * @param kind observable, vague or unknown
     * @param words the verb or phrase found (lower case)
     */
    public record Verdict(Kind kind, String words) {
    }

    private static final String RESOURCE = "data/verbs.tsv";
    private static final int PREFIX_CHARS = 80;

    private final Map<String, String> levelByVerb;
    private final List<String> vague;
    private final List<String> leadIns;

    private VerbLexicon(Map<String, String> levelByVerb, List<String> vague, List<String> leadIns) {
        this.levelByVerb = Map.copyOf(levelByVerb);
        // Longest first, so that "be aware of" wins over a shorter phrase it starts with.
        this.vague = longestFirst(vague);
        this.leadIns = longestFirst(leadIns);
    }

    private static List<String> longestFirst(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(new Comparator<String>() { // a class, not a lambda: no bootstrap cost when a validator is built
            @Override
            public int compare(String a, String b) {
                return Integer.compare(b.length(), a.length());
            }
        });
        return List.copyOf(sorted);
    }

    private static final class Holder {
        static final VerbLexicon INSTANCE = load();
    }

    /**
     * The bundled lexicon.
     *
     * @return the lexicon, loaded on first use
     */
    public static VerbLexicon get() {
        return Holder.INSTANCE;
    }

    /**
     * The taxonomy level of an observable verb.
     *
     * @param verb a verb in lower case, for example {@code "design"}
     * @return {@code remember}, {@code understand}, {@code apply}, {@code analyse}, {@code evaluate}
     *     or {@code create}; empty for other words
     */
    public Optional<String> level(String verb) {
        return Optional.ofNullable(levelByVerb.get(verb));
    }

    /**
     * The vague verbs and phrases.
     *
     * @return the phrases, longest first
     */
    public List<String> vague() {
        return vague;
    }

    /**
     * Classifies the start of an outcome, or an outcome's verb.
     *
     * @param text the outcome text or verb, in English
     * @return the verdict
     */
    public Verdict classify(String text) {
        String s = normalise(text);
        for (String phrase : vague) {
            if (startsWithWord(s, phrase)) {
                return new Verdict(Kind.VAGUE, phrase);
            }
        }
        String word = firstWord(s);
        return new Verdict(isObservable(word) ? Kind.OBSERVABLE : Kind.UNKNOWN, word);
    }

    private boolean isObservable(String word) {
        if (levelByVerb.containsKey(word)) {
            return true;
        }
        // Third person singular: "designs", "analyses", "applies".
        if (word.endsWith("ies") && levelByVerb.containsKey(word.substring(0, word.length() - 3) + "y")) {
            return true;
        }
        return word.endsWith("s") && levelByVerb.containsKey(word.substring(0, word.length() - 1));
    }

    private String normalise(String text) {
        String s = (text.length() > PREFIX_CHARS ? text.substring(0, PREFIX_CHARS) : text)
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int start = 0;
        while (start < s.length() && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        s = s.substring(start);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String leadIn : leadIns) {
                if (startsWithWord(s, leadIn)) {
                    s = s.substring(leadIn.length()).replaceFirst("^[\\s:,]+", "");
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    private static boolean startsWithWord(String s, String phrase) {
        return s.startsWith(phrase)
                && (s.length() == phrase.length() || !Character.isLetter(s.charAt(phrase.length())));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        return s.substring(0, end);
    }

    private static VerbLexicon load() {
        Map<String, String> levels = new HashMap<>();
        List<String> vague = new ArrayList<>();
        List<String> leadIns = new ArrayList<>();
        try (InputStream in = VerbLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled data missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                for (String entry : line.substring(tab + 1).split(",")) {
                    String words = entry.strip().toLowerCase(Locale.ROOT);
                    if (key.equals("vague")) {
                        vague.add(words);
                    } else if (key.equals("lead-in")) {
                        leadIns.add(words);
                    } else if (levels.put(words, key) != null) {
                        throw new IllegalStateException("verb listed twice in " + RESOURCE + ": " + words);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + RESOURCE, e);
        }
        return new VerbLexicon(levels, vague, leadIns);
    }
}
