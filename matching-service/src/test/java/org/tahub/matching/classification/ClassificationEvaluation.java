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
import org.tahub.languages.TextLanguage;

/**
 * Measures the classifier the way docs/matching.md reports it: top-1 and top-3 area accuracy on the held-out
 * statements (test resources; never exemplars, never used to choose the tuning), and, for choosing the tuning, on the
 * training statements by leave-one-out (each is classified with itself removed from the exemplars).
 * The accuracy tests print their figures. {@code main}, run on the test class path, prints more: {@code report}
 * (every held-out set and the paragraphs, with the warm time per statement; {@code report paragraphs} for the
 * paragraphs only; {@code -Dmisses} lists what was missed), {@code split "<text>"} (how a text is read as needs),
 * {@code cv} (the English 5-fold cross-validation of the default tuning), {@code languages fr,ar "0.3,5,0.5;0.6,5,0.5"}
 * (3-fold cross-validation in those languages of those tunings: words' weight, neighbours, regression's weight), and,
 * with no argument, the grid of 32 tunings.
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

        /** Both readings together, as one (the time per statement weighed by their sizes). */
        public Result plus(Result other) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(other.misses);
            return new Result(n + other.n, top1 + other.top1, top3 + other.top3, activityTop1 + other.activityTop1,
                    activityTop3 + other.activityTop3, languageRight + other.languageRight,
                    n + other.n == 0 ? 0 : (millisPerStatement * n + other.millisPerStatement * other.n) / (n + other.n),
                    all);
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

    private static NeedClassifier shared;

    /**
     * The classifier the service builds (every exemplar, the default tuning), built once per test JVM: embedding the
     * exemplars of six languages takes a minute, and the accuracy tests only read it.
     */
    public static synchronized NeedClassifier sharedClassifier() throws IOException {
        if (shared == null) {
            shared = new NeedClassifier(exemplars(), new TextEmbedder(), NeedClassifier.Tuning.DEFAULT);
        }
        return shared;
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

    /**
     * A second set of 44 per language, written afresh by another team member who had seen neither the training data
     * nor the first set, after the exemplars of every activity were translated (so that the figures are read on
     * statements nobody tuned anything on).
     */
    public static String secondHeldOutIn(String language) {
        return "classification/statements-evaluation-2." + language + ".jsonl";
    }

    public static Result secondHeldOut(NeedClassifier classifier, String language) {
        return evaluate(classifier, Exemplars.read(secondHeldOutIn(language), "statement"), false);
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

    /** Paragraphs holding one to four needs each, written for the purpose in the six languages (test resources). */
    public static final String PARAGRAPHS = "classification/paragraphs-evaluation.jsonl";

    /**
     * How paragraphs were read as needs, in one language: of the {@code needs} written into them, how many a part
     * found (its span overlapping the need's by at least half of the shorter of the two) read with the need's area
     * first ({@code foundTop1}) or in its first three ({@code foundTop3}); how many parts were made, and how many of
     * them found no need at all ({@code invented}).
     */
    public record SplitResult(int paragraphs, int needs, int foundTop1, int foundTop3, int parts, int invented,
                              int splitApart, int joined, List<String> misses) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d paragraphs, %d needs: found with their area first %d (%.0f%%), "
                            + "in the first three %d (%.0f%%); %d parts made, %d invented; %d needs cut in two or "
                            + "more, %d parts holding two needs or more", paragraphs, needs, foundTop1,
                    100.0 * foundTop1 / needs, foundTop3, 100.0 * foundTop3 / needs, parts, invented, splitApart,
                    joined);
        }
    }

    /**
     * A second set, written afterwards by another team member who had seen neither the first nor the training data,
     * and read only once the splitting rules had been chosen on the first.
     */
    public static final String PARAGRAPHS_HELD_OUT = "classification/paragraphs-evaluation-2.jsonl";

    public static SplitResult paragraphs(NeedClassifier classifier, String language) throws IOException {
        return paragraphs(classifier, language, PARAGRAPHS);
    }

    public static SplitResult paragraphs(NeedClassifier classifier, String language, String resource)
            throws IOException {
        NeedSplitter splitter = new NeedSplitter(classifier, new TextLanguage());
        ObjectMapper json = new ObjectMapper();
        int paragraphs = 0;
        int needs = 0;
        int foundTop1 = 0;
        int foundTop3 = 0;
        int parts = 0;
        int invented = 0;
        int splitApart = 0;
        int joined = 0;
        List<String> misses = new ArrayList<>();
        try (var in = ClassificationEvaluation.class.getClassLoader().getResourceAsStream(resource);
             var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                     java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = json.readTree(line);
                if (!language.equals(p.get("lang").asText())) {
                    continue;
                }
                paragraphs++;
                String text = p.get("text").asText();
                List<NeedSplitter.Part> read = splitter.split(text, 5);
                parts += read.size();
                boolean[] matched = new boolean[read.size()];
                int[] needsOfPart = new int[read.size()];
                for (JsonNode need : p.get("needs")) {
                    needs++;
                    String span = need.get("span").asText();
                    int start = text.indexOf(span);
                    int end = start + span.length();
                    String area = need.get("area").asText();
                    boolean top1 = false;
                    boolean top3 = false;
                    int partsOfNeed = 0;
                    for (int i = 0; i < read.size(); i++) {
                        NeedSegments.Segment s = read.get(i).span();
                        int overlap = Math.min(end, s.end()) - Math.max(start, s.start());
                        if (overlap * 2 < Math.min(end - start, s.end() - s.start())) {
                            continue;
                        }
                        matched[i] = true;
                        needsOfPart[i]++;
                        partsOfNeed++;
                        List<String> ranked = read.get(i).classification().areas().stream()
                                .map(Classification.Scored::code).toList();
                        top1 |= !ranked.isEmpty() && ranked.get(0).equals(area);
                        top3 |= ranked.stream().limit(3).anyMatch(area::equals);
                    }
                    if (partsOfNeed > 1) {
                        splitApart++;
                        misses.add(p.get("id").asText() + " need " + area + " cut into " + partsOfNeed + " parts: " + span);
                    }
                    foundTop1 += top1 ? 1 : 0;
                    foundTop3 += top3 ? 1 : 0;
                    if (!top1) {
                        misses.add(p.get("id").asText() + " need " + area + " not found first: " + span);
                    }
                }
                for (int i = 0; i < read.size(); i++) {
                    if (needsOfPart[i] > 1) {
                        joined++;
                        misses.add(p.get("id").asText() + " part holding " + needsOfPart[i] + " needs: "
                                + read.get(i).span().of(text));
                    }
                    if (!matched[i]) {
                        invented++;
                        misses.add(p.get("id").asText() + " invented " + read.get(i).classification().topArea() + ": "
                                + read.get(i).span().of(text));
                    }
                }
            }
        }
        return new SplitResult(paragraphs, needs, foundTop1, foundTop3, parts, invented, splitApart, joined, misses);
    }

    /**
     * Cross-validation on the training statements: in each of {@code folds} folds, a fifth of them is left out of the
     * exemplars (and so of the model's training) and classified.
     */
    public static Result crossValidate(List<Exemplar> exemplars, TextEmbedder embedder, NeedClassifier.Tuning tuning,
                                       int folds) {
        List<Exemplar> training = Exemplars.read(Exemplars.TRAINING, "statement");
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < training.size(); i++) {
            position.put(training.get(i).id(), i);
        }
        return crossValidate(exemplars, embedder, tuning, training, Exemplar::id,
                id -> position.get(id) % folds, folds);
    }

    /**
     * In each fold, the {@code evaluated} statements of that fold are left out of the exemplars, with every exemplar
     * of the same group, and classified by a classifier built from the rest.
     */
    private static Result crossValidate(List<Exemplar> exemplars, TextEmbedder embedder, NeedClassifier.Tuning tuning,
                                        List<Exemplar> evaluated, java.util.function.Function<Exemplar, String> groupOf,
                                        java.util.function.ToIntFunction<String> foldOf, int folds) {
        Result total = new Result(0, 0, 0, 0, 0, 0, 0, List.of());
        for (int f = 0; f < folds; f++) {
            int fold = f;
            Set<String> out = new java.util.HashSet<>();
            for (Exemplar e : evaluated) {
                if (foldOf.applyAsInt(groupOf.apply(e)) == fold) {
                    out.add(groupOf.apply(e));
                }
            }
            List<Exemplar> kept = exemplars.stream().filter(e -> !out.contains(groupOf.apply(e))).toList();
            NeedClassifier c = new NeedClassifier(kept, embedder, tuning);
            total = total.plus(evaluate(c, evaluated.stream().filter(e -> out.contains(groupOf.apply(e))).toList(),
                    false));
        }
        return total;
    }

    /** The statement an exemplar is, or translates: its id without the language suffix of a translation. */
    static String root(Exemplar e) {
        String suffix = "-" + e.language();
        return !e.language().equals("en") && e.id().endsWith(suffix)
                ? e.id().substring(0, e.id().length() - suffix.length()) : e.id();
    }

    /**
     * Cross-validation in one language: its translated training statements in {@code folds} folds; each fold is left
     * out of the exemplars in every language (the statement, its original and all its translations), classified
     * in that language.
     */
    public static Result crossValidateIn(String language, List<Exemplar> exemplars, TextEmbedder embedder,
                                         NeedClassifier.Tuning tuning, int folds) {
        List<Exemplar> own = exemplars.stream()
                .filter(e -> e.language().equals(language) && !e.source().equals("activity")).toList();
        return crossValidate(exemplars, embedder, tuning, own, ClassificationEvaluation::root,
                root -> Math.floorMod(root.hashCode(), folds), folds);
    }

    /** Prints the figures docs/matching.md records: held-out sets per language, and the paragraphs. */
    static void report(boolean statements) throws IOException {
        long start = System.nanoTime();
        NeedClassifier classifier = sharedClassifier();
        System.out.printf(Locale.ROOT, "built from %d exemplars in %d s%n", classifier.size(),
                (System.nanoTime() - start) / 1_000_000_000);
        for (String language : statements ? List.of("fr", "es", "ru", "ar", "zh") : List.<String>of()) {
            if (language.equals("fr")) {
                System.out.printf(Locale.ROOT, "en held-out: %s%n", heldOut(classifier));
            }
            System.out.printf(Locale.ROOT, "%s held-out 1: %s%n", language, heldOut(classifier, language));
            Result second = secondHeldOut(classifier, language);
            System.out.printf(Locale.ROOT, "%s held-out 2: %s%n", language, second);
            if (System.getProperty("misses") != null) {
                second.misses().forEach(m -> System.out.println("   " + m));
            }
        }
        if (statements) {
            // Once warm (every path compiled): the time per statement a caller sees.
            for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
                Result warm = language.equals("en") ? heldOut(classifier)
                        : heldOut(classifier, language).plus(secondHeldOut(classifier, language));
                System.out.printf(Locale.ROOT, "%s warm: %.1f ms per statement%n", language,
                        warm.millisPerStatement());
            }
        }
        for (String set : List.of(PARAGRAPHS, PARAGRAPHS_HELD_OUT)) {
            for (String language : TextLanguage.UN_LANGUAGES) {
                SplitResult r = paragraphs(classifier, language, set);
                System.out.printf(Locale.ROOT, "%s %s: %s%n", language, set.substring(set.lastIndexOf('/') + 1), r);
                if (System.getProperty("misses") != null && set.equals(PARAGRAPHS)) {
                    r.misses().forEach(m -> System.out.println("   " + m));
                }
            }
        }
    }

    /** Prints the cross-validation figures of a grid of tunings (the held-out set plays no part in the choice). */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("split")) {
            NeedSplitter splitter = new NeedSplitter(sharedClassifier(), new TextLanguage());
            for (NeedSplitter.Part p : splitter.split(args[1], 5)) {
                System.out.printf(Locale.ROOT, "%s%n   %s%n", p.span().of(args[1]), p.classification().areas().stream()
                        .map(a -> a.code() + " " + a.score()).toList());
            }
            return;
        }
        if (args.length > 0 && args[0].equals("cv")) {
            System.out.printf(Locale.ROOT, "English 5-fold %s%n", crossValidate(exemplars(), new TextEmbedder(),
                    NeedClassifier.Tuning.DEFAULT, 5));
            return;
        }
        if (args.length > 0 && args[0].equals("languages")) {
            TextEmbedder embedder = new TextEmbedder();
            List<Exemplar> exemplars = exemplars();
            for (String language : args[1].split(",")) {
                for (String t : args[2].split(";")) {
                    String[] v = t.split(",");
                    var tuning = new NeedClassifier.Tuning(Double.parseDouble(v[0]), Integer.parseInt(v[1]), 8.0,
                            Double.parseDouble(v[2]), 1e-3, 1.0);
                    System.out.printf(Locale.ROOT, "%s %s  3-fold %s%n", language, tuning,
                            crossValidateIn(language, exemplars, embedder, tuning, 3));
                }
            }
            return;
        }
        if (args.length > 0 && args[0].equals("natives")) {
            // Whether the statements composed in a language help read it, by cross-validation on that language's
            // translated training statements (the same ones with and without them; never an evaluation set).
            TextEmbedder embedder = new TextEmbedder();
            List<Exemplar> all = exemplars();
            List<Exemplar> withoutNatives = all.stream().filter(e -> !e.id().startsWith("n-")).toList();
            for (String language : args[1].split(",")) {
                List<Exemplar> own = withoutNatives.stream()
                        .filter(e -> e.language().equals(language) && !e.source().equals("activity")).toList();
                for (var config : List.of(java.util.Map.entry("without", withoutNatives), java.util.Map.entry("with", all))) {
                    System.out.printf(Locale.ROOT, "%s %s native statements, 3-fold %s%n", language, config.getKey(),
                            crossValidate(config.getValue(), embedder, NeedClassifier.Tuning.DEFAULT, own,
                                    ClassificationEvaluation::root, root -> Math.floorMod(root.hashCode(), 3), 3));
                }
            }
            return;
        }
        if (args.length > 0 && args[0].equals("report")) {
            report(args.length < 2 || !args[1].equals("paragraphs"));
            return;
        }
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
