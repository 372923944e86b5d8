package org.tahub.matching.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tahub.languages.TextLanguage;

/**
 * The labelled statements shipped with the service: the 2004 synopsis's requests (labelled by analysts against the
 * checklist), the training half of the team's written statements, three statements per activity and forty per area
 * written for training, and those forty per area translated into the other five official languages of the United
 * Nations, as are the training statements, the three per activity and the synopsis's requests; and, in Arabic, Chinese
 * and Russian, three statements per activity composed in the language rather than translated. The other half of the
 * written statements, and statements written afresh in each language, are kept for evaluation only (test resources)
 * and never become exemplars.
 */
public final class Exemplars {

    public static final String SYNOPSIS = "classification/synopsis-2004.jsonl";
    public static final String TRAINING = "classification/statements-training.jsonl";
    /** Three statements per checklist activity, written for training (never the evaluation set's). */
    public static final String WRITTEN = "classification/statements-written.jsonl";
    /**
     * Forty statements per area written for training, a third of them the hard kind (a need of one area in the
     * words of another's field), to balance the per-activity statements, which lean to area III (57 activities).
     */
    public static final String BALANCED = "classification/statements-balanced.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exemplars() {
    }

    /** Every labelled statement of the shipped files (those with at least one area), in every language. */
    public static List<Exemplar> labelledStatements() {
        List<Exemplar> all = new ArrayList<>(read(SYNOPSIS, "synopsis-2004"));
        all.addAll(read(TRAINING, "statement"));
        all.addAll(read(WRITTEN, "statement"));
        all.addAll(read(BALANCED, "statement"));
        for (String language : TextLanguage.UN_LANGUAGES) {
            if (!language.equals("en")) {
                all.addAll(read(balanced(language), "statement"));
                if (NATIVE_LANGUAGES.contains(language)) {
                    all.addAll(read(nativeStatements(language), "statement"));
                }
                for (Exemplar e : read(translated(language), "statement")) {
                    // The synopsis's requests keep their source's name, as in English.
                    all.add(e.id().startsWith("2004-") ? new Exemplar(e.id(), e.text(), e.areas(), e.activities(),
                            "synopsis-2004", e.language()) : e);
                }
            }
        }
        return all;
    }

    /**
     * The languages that also have statements composed in them rather than translated ({@link #nativeStatements}):
     * those the classifier read least well with translations alone.
     */
    public static final List<String> NATIVE_LANGUAGES = List.of("ar", "ru", "zh");

    /**
     * Three statements per checklist activity composed in {@code language} by a team member writing in it (not
     * translated from English, whose syntax translations keep), who saw no evaluation set and no other training file.
     */
    public static String nativeStatements(String language) {
        return "classification/statements-native." + language + ".jsonl";
    }

    /**
     * The forty statements per area of {@link #BALANCED}, translated into another of the six languages (each line
     * names the statement it translates); the classifier's exemplars in that language.
     */
    public static String balanced(String language) {
        return "classification/statements-balanced." + language + ".jsonl";
    }

    /**
     * The training half of the team's statements, the three per activity and the 2004 synopsis's requests, translated
     * into another of the six languages (each line names what it translates), so that each language has exemplars of
     * every activity, as English has.
     */
    public static String translated(String language) {
        return "classification/statements-translated." + language + ".jsonl";
    }

    /** Reads a JSON-lines file of {@code {id, text, area | areas, activities}} from the class path. */
    public static List<Exemplar> read(String resource, String source) {
        List<Exemplar> out = new ArrayList<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<String> areas = new ArrayList<>();
                if (n.hasNonNull("area")) {
                    areas.add(n.get("area").asText());
                }
                n.path("areas").forEach(a -> {
                    if (!areas.contains(a.asText())) {
                        areas.add(a.asText());
                    }
                });
                List<String> activities = new ArrayList<>();
                n.path("activities").forEach(a -> activities.add(a.asText()));
                if (!areas.isEmpty()) {
                    out.add(new Exemplar(n.get("id").asText(), n.get("text").asText(), List.copyOf(areas),
                            List.copyOf(activities), source, n.path("lang").asText("en")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        return out;
    }

    /** An activity's own wording as an exemplar: title, description and keywords. */
    public static Exemplar activity(String code, String area, String title, String description, List<String> keywords) {
        StringBuilder text = new StringBuilder(title);
        if (description != null && !description.isBlank()) {
            text.append(". ").append(description);
        }
        if (keywords != null && !keywords.isEmpty()) {
            text.append(". ").append(String.join(", ", keywords));
        }
        return new Exemplar("activity:" + code, text.toString(), List.of(area), List.of(code), "activity");
    }
}
