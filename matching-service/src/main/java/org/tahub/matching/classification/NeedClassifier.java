package org.tahub.matching.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tahub.languages.TextLanguage;

/**
 * Says which checklist activities and areas a statement of need most likely means, by comparing it with exemplars
 * whose meaning is known (each activity's own wording, and labelled statements): by meaning (cosine of sentence
 * embeddings) and by words (BM25), blended. An area's score is the weighted vote of the statement's nearest
 * exemplars; an activity's, its best-matching exemplar that names it. Scores are normalised to sum to 1 over the
 * areas, and to the best activity's for activities.
 */
public final class NeedClassifier {

    /**
     * How the two similarities are blended and how many neighbours vote; chosen on the training statements only.
     * Words weigh more in the other five languages ({@code lexicalWeightElsewhere}), where the sentence model,
     * trained on English, understands less.
     */
    public record Tuning(double lexicalWeight, int neighbours, double sharpness, double modelWeight, double l2,
                         double statementWeight, double lexicalWeightElsewhere) {
        /**
         * The 5-fold cross-validation on the English training statements chose the English blend (docs/matching.md);
         * a 3-fold one on the translated statements of French and Arabic, each fold left out in every language,
         * the other languages' (0.6: 74.3 % against 73.6 % top-1 in French, 69.6 % against 67.8 % in Arabic).
         */
        public static final Tuning DEFAULT = new Tuning(0.3, 5, 8.0, 0.5, 1e-3, 1.0, 0.6);

        /** The same blend in every language. */
        public Tuning(double lexicalWeight, int neighbours, double sharpness, double modelWeight, double l2,
                      double statementWeight) {
            this(lexicalWeight, neighbours, sharpness, modelWeight, l2, statementWeight, lexicalWeight);
        }

        double lexicalWeightIn(String language) {
            return language.equals("en") ? lexicalWeight : lexicalWeightElsewhere;
        }
    }

    static final List<String> AREAS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI");

    private final List<Exemplar> exemplars;
    private final float[][] vectors;
    private final LexicalIndex lexical;
    private final TextEmbedder embedder;
    private final Tuning tuning;
    private final AreaModel model;
    /** The regression for English texts, trained on the English exemplars (and the checklist's own wording). */
    private final AreaModel englishModel;
    private final TextLanguage languages;

    public NeedClassifier(List<Exemplar> exemplars, TextEmbedder embedder, Tuning tuning) {
        this(exemplars, embedder, tuning, new TextLanguage());
    }

    public NeedClassifier(List<Exemplar> exemplars, TextEmbedder embedder, Tuning tuning, TextLanguage languages) {
        this.languages = languages;
        this.exemplars = List.copyOf(exemplars);
        this.embedder = embedder;
        this.tuning = tuning;
        this.vectors = new float[exemplars.size()][];
        double[][] features = new double[exemplars.size()][];
        double[] weights = new double[exemplars.size()];
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            vectors[i] = embedder.embedExemplar(exemplars.get(i).text());
            features[i] = toDouble(vectors[i]);
            weights[i] = "statement".equals(exemplars.get(i).source()) ? tuning.statementWeight() : 1.0;
            labels.add(exemplars.get(i).areas());
        }
        this.lexical = new LexicalIndex(this.exemplars);
        this.model = tuning.modelWeight() > 0
                ? AreaModel.train(AREAS, features, labels, weights, tuning.l2(), 300, 2.0) : null;
        // English is read with a regression trained on the English exemplars only: the sentence model is English,
        // and the vectors it gives the translations blur what it learns of English (5-fold cross-validation on the
        // English training statements: 85 % top-1 against 83 % with every language's exemplars).
        boolean everyLanguage = exemplars.stream().anyMatch(e -> !e.language().equals("en"));
        if (model != null && everyLanguage) {
            List<double[]> f = new ArrayList<>();
            List<List<String>> l = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (int i = 0; i < exemplars.size(); i++) {
                if (exemplars.get(i).language().equals("en")) {
                    f.add(features[i]);
                    l.add(labels.get(i));
                    w.add(weights[i]);
                }
            }
            this.englishModel = AreaModel.train(AREAS, f.toArray(new double[0][]), l,
                    w.stream().mapToDouble(Double::doubleValue).toArray(), tuning.l2(), 300, 2.0);
        } else {
            this.englishModel = model;
        }
    }

    public int size() {
        return exemplars.size();
    }

    public Classification classify(String text, int limit) {
        return classify(text, limit, e -> true);
    }

    /** As {@link #classify(String, int)}, with only the exemplars {@code use} accepts (for leave-one-out evaluation). */
    public Classification classify(String text, int limit, Predicate<Exemplar> use) {
        return classify(text, limit, use, null);
    }

    /**
     * As {@link #classify(String, int)}, read as {@code language} (one of the six UN languages, as the writer said it
     * is written in) rather than as the language detected; null to detect it.
     */
    public Classification classify(String text, int limit, String language) {
        return classify(text, limit, e -> true, language);
    }

    private Classification classify(String text, int limit, Predicate<Exemplar> use, String given) {
        String language = given != null ? given : languages.of(text);
        float[] q = embedder.embed(text);
        Map<Integer, Double> words = lexical.search(text, language, 50);
        double lexicalWeight = tuning.lexicalWeightIn(language);
        double[] similarity = new double[exemplars.size()];
        Integer[] order = new Integer[exemplars.size()];
        for (int i = 0; i < exemplars.size(); i++) {
            order[i] = i;
            if (!use.test(exemplars.get(i))) {
                similarity[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double cosine = 0;
            float[] v = vectors[i];
            for (int d = 0; d < v.length; d++) {
                cosine += q[d] * v[d];
            }
            similarity[i] = (1 - lexicalWeight) * cosine + lexicalWeight * words.getOrDefault(i, 0.0);
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> similarity[i]).reversed());

        Map<String, Double> areaVotes = new LinkedHashMap<>();
        Map<String, List<String>> areaEvidence = new HashMap<>();
        for (int n = 0; n < Math.min(tuning.neighbours(), order.length); n++) {
            int i = order[n];
            if (similarity[i] == Double.NEGATIVE_INFINITY) {
                break;
            }
            Exemplar e = exemplars.get(i);
            double weight = Math.exp(tuning.sharpness() * similarity[i]) / e.areas().size();
            for (String area : e.areas()) {
                areaVotes.merge(area, weight, Double::sum);
                areaEvidence.computeIfAbsent(area, a -> new ArrayList<>()).add(e.id());
            }
        }
        double total = areaVotes.values().stream().mapToDouble(Double::doubleValue).sum();
        if (model != null) {
            double[] p = (language.equals("en") ? englishModel : model).probabilities(toDouble(q));
            Map<String, Double> blended = new LinkedHashMap<>();
            for (int c = 0; c < AREAS.size(); c++) {
                String area = AREAS.get(c);
                double knn = total == 0 ? 0 : areaVotes.getOrDefault(area, 0.0) / total;
                blended.put(area, tuning.modelWeight() * p[c] + (1 - tuning.modelWeight()) * knn);
            }
            areaVotes.clear();
            areaVotes.putAll(blended);
            total = 1;
        }
        double norm = total;
        List<Classification.Scored> areas = areaVotes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .map(a -> new Classification.Scored(a.getKey(), round(a.getValue() / norm),
                        areaEvidence.getOrDefault(a.getKey(), List.of()).stream().limit(3).toList()))
                .toList();

        Map<String, Double> activityBest = new LinkedHashMap<>();
        Map<String, String> activityEvidence = new HashMap<>();
        for (Integer i : order) {
            if (similarity[i] == Double.NEGATIVE_INFINITY || activityBest.size() >= limit * 4) {
                break;
            }
            for (String activity : exemplars.get(i).activities()) {
                if (!activityBest.containsKey(activity)) {
                    activityBest.put(activity, similarity[i]);
                    activityEvidence.put(activity, exemplars.get(i).id());
                }
            }
        }
        double best = activityBest.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Classification.Scored> activities = activityBest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .map(a -> new Classification.Scored(a.getKey(), round(Math.max(0, a.getValue()) / Math.max(best, 1e-9)),
                        List.of(activityEvidence.get(a.getKey()))))
                .toList();
        return new Classification(activities, areas, language);
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
