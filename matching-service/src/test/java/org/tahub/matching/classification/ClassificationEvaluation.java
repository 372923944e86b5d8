package org.tahub.matching.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the classifier the way docs/matching.md reports it: top-1 and top-3 area accuracy on the held-out
 * statements (test resources; never exemplars, never used to choose the tuning), and, for choosing the tuning, on the
 * training statements by leave-one-out (each is classified with itself removed from the exemplars).
 * Run {@code main} to print the figures: {@code ./mvnw -pl matching-service test-compile exec:java} is not needed;
 * the accuracy test prints the same line.
 */
public final class ClassificationEvaluation {

    public static final String CHECKLIST = "../instruments-service/src/main/resources/catalogue/checklist.json";
    public static final String HELD_OUT = "classification/statements-evaluation.jsonl";

    /**
     * @param activityTop1 statements whose first activity is one of theirs; {@code activityTop3} in the first three
     * @param languageRight statements read in the language they are written in
     */
    public record Result(int n, int top1, int top3, int activityTop1, int activityTop3, int languageRight,
                         double millisPerStatement, List<String> misses) {
        public double top1Rate() {
            return (double) top1 / n;
        }

        public double top3Rate() {
            return (double) top3 / n;
        }

        public double activityTop1Rate() {
            return (double) activityTop1 / n;
        }

        public double activityTop3Rate() {
            return (double) activityTop3 / n;
        }

        public double languageRate() {
            return (double) languageRight / n;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d top-1 %.1f%% top-3 %.1f%%, activity top-1 %.1f%% top-3 %.1f%%, "
                            + "language read right %.1f%% (%.1f ms per statement)", n, 100 * top1Rate(),
                    100 * top3Rate(), 100 * activityTop1Rate(), 100 * activityTop3Rate(), 100 * languageRate(),
                    millisPerStatement);
        }
    }

    private ClassificationEvaluation() {
    }

    /** The exemplars the service builds: every checklist activity's wording, and the shipped labelled statements. */
    public static List<Exemplar> exemplars() throws IOException {
        List<Exemplar> all = new ArrayList<>(checklistActivities());
        all.addAll(Exemplars.labelledStatements());
        return all;
    }

    public static List<Exemplar> checklistActivities() throws IOException {
        JsonNode checklist = new ObjectMapper().readTree(Files.readString(Path.of(CHECKLIST)));
        List<Exemplar> out = new ArrayList<>();
        for (JsonNode a : checklist.get("activities")) {
            List<String> keywords = new ArrayList<>();
            a.path("keywords").forEach(k -> keywords.add(k.asText()));
            out.add(Exemplars.activity(a.get("code").asText(), a.get("area").asText(), a.get("title").asText(),
                    a.path("description").asText(null), keywords));
        }
        return out;
    }

    public static Result heldOut(NeedClassifier classifier) {
        return evaluate(classifier, Exemplars.read(HELD_OUT, "statement"), false);
    }

    /**
     * Statements written afresh in one of the other five languages, by someone who wrote none of the training data
     * (nor read it); never exemplars.
     */
    public static String heldOutIn(String language) {
        return "classification/statements-evaluation." + language + ".jsonl";
    }

    public static Result heldOut(NeedClassifier classifier, String language) {
        return evaluate(classifier, Exemplars.read(heldOutIn(language), "statement"), false);
    }

    public static Result leaveOneOut(NeedClassifier classifier) {
        return evaluate(classifier, Exemplars.read(Exemplars.TRAINING, "statement"), true);
    }

    private static Result evaluate(NeedClassifier classifier, List<Exemplar> statements, boolean leaveOut) {
        int top1 = 0;
        int top3 = 0;
        int activityTop1 = 0;
        int activityTop3 = 0;
        int languageRight = 0;
        List<String> misses = new ArrayList<>();
        long start = System.nanoTime();
        for (Exemplar s : statements) {
            Classification c = leaveOut ? classifier.classify(s.text(), 5, e -> !e.id().equals(s.id()))
                    : classifier.classify(s.text(), 5);
            Set<String> truth = Set.copyOf(s.areas());
            List<String> ranked = c.areas().stream().map(Classification.Scored::code).toList();
            if (!ranked.isEmpty() && truth.contains(ranked.get(0))) {
                top1++;
            } else {
                misses.add(s.id() + " " + truth + " got " + ranked + " (read as " + c.language() + "): " + s.text());
            }
            if (ranked.stream().limit(3).anyMatch(truth::contains)) {
                top3++;
            }
            Set<String> activities = Set.copyOf(s.activities());
            List<String> rankedActivities = c.activities().stream().map(Classification.Scored::code).toList();
            if (!rankedActivities.isEmpty() && activities.contains(rankedActivities.get(0))) {
                activityTop1++;
            }
            if (rankedActivities.stream().limit(3).anyMatch(activities::contains)) {
                activityTop3++;
            }
            if (s.language().equals(c.language())) {
                languageRight++;
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / statements.size();
        return new Result(statements.size(), top1, top3, activityTop1, activityTop3, languageRight, ms, misses);
    }

    /**
     * Cross-validation on the training statements: in each of {@code folds} folds, a fifth of them is left out of the
     * exemplars (and so of the model's training) and classified.
     */
    public static Result crossValidate(List<Exemplar> exemplars, TextEmbedder embedder, NeedClassifier.Tuning tuning,
                                       int folds) {
        List<Exemplar> training = Exemplars.read(Exemplars.TRAINING, "statement");
        int n = 0;
        int top1 = 0;
        int top3 = 0;
        int activityTop1 = 0;
        int activityTop3 = 0;
        int languageRight = 0;
        double millis = 0;
        List<String> misses = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            Set<String> out = new java.util.HashSet<>();
            for (int i = 0; i < training.size(); i++) {
                if (i % folds == fold) {
                    out.add(training.get(i).id());
                }
            }
            List<Exemplar> kept = exemplars.stream().filter(e -> !out.contains(e.id())).toList();
            NeedClassifier c = new NeedClassifier(kept, embedder, tuning);
            Result r = evaluate(c, training.stream().filter(e -> out.contains(e.id())).toList(), false);
            n += r.n();
            top1 += r.top1();
            top3 += r.top3();
            activityTop1 += r.activityTop1();
            activityTop3 += r.activityTop3();
            languageRight += r.languageRight();
            millis += r.millisPerStatement() * r.n();
            misses.addAll(r.misses());
        }
        return new Result(n, top1, top3, activityTop1, activityTop3, languageRight, millis / n, misses);
    }

    /** Prints the cross-validation figures of a grid of tunings (the held-out set plays no part in the choice). */
    public static void main(String[] args) throws IOException {
        TextEmbedder embedder = new TextEmbedder();
        List<Exemplar> exemplars = exemplars();
        for (double mw : new double[] {0.0, 0.5, 0.8, 1.0}) {
            for (double l2 : new double[] {1e-4, 1e-3}) {
                for (double sw : new double[] {1.0, 3.0}) {
                    for (double lw : new double[] {0.0, 0.3}) {
                        var t = new NeedClassifier.Tuning(lw, 5, 8.0, mw, l2, sw);
                        System.out.printf(Locale.ROOT, "%s  5-fold %s%n", t, crossValidate(exemplars, embedder, t, 5));
                    }
                }
            }
        }
    }
}
