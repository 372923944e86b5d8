package org.tahub.matching.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Guards the classifier on needs written in the other five official languages: statements written afresh in each
 * (test resources; never exemplars, never used to tune it), two sets of 44 per language, four per area, by two team
 * members who wrote none of the training data. The floors are the figures docs/matching.md records, less a margin of
 * about two statements; the target (0.90 top-1, 0.97 top-3 in every language) is recorded there beside them.
 * A Quarkus test for the reason {@link ClassificationAccuracyTest} gives.
 */
@QuarkusTest
class MultilingualAccuracyTest {

    private static final Logger LOG = Logger.getLogger(MultilingualAccuracyTest.class);

    /** Top-1 area floor, top-3 area floor, share of statements read in their own language. */
    record Floors(double top1, double top3, double language) {
    }

    static final Map<String, Floors> FLOORS = new LinkedHashMap<>();

    static {
        // Reading of docs/matching.md (both sets, 88 a language; top-1 / top-3 %), with the statements composed in
        // Arabic, Chinese and Russian: fr 92.0 / 97.7, es 94.3 / 100, ru 85.2 / 96.6, ar 94.3 / 98.9,
        // zh 88.6 / 98.9; every statement read in its language. One statement is 1.1 points.
        FLOORS.put("fr", new Floors(0.89, 0.95, 0.95));
        FLOORS.put("es", new Floors(0.92, 0.97, 0.95));
        FLOORS.put("ru", new Floors(0.83, 0.94, 0.95));
        FLOORS.put("ar", new Floors(0.92, 0.96, 0.95));
        FLOORS.put("zh", new Floors(0.86, 0.96, 0.95));
    }

    @Test
    void needsWrittenInEachUnLanguageAreReadAtLeastAsWellAsDocsMatchingRecords() throws IOException {
        NeedClassifier classifier = ClassificationEvaluation.sharedClassifier();
        FLOORS.forEach((language, floors) -> {
            ClassificationEvaluation.Result first = ClassificationEvaluation.heldOut(classifier, language);
            ClassificationEvaluation.Result second = ClassificationEvaluation.secondHeldOut(classifier, language);
            ClassificationEvaluation.Result held = first.plus(second);
            LOG.infof("held-out classification, %s: %s (first set %s; second %s)", language, held, first, second);
            assertThat(held.n()).as(language).isEqualTo(88);
            assertThat(held.top1Rate()).as("%s top-1 area accuracy; misses:%n%s", language,
                    String.join("\n", held.misses())).isGreaterThanOrEqualTo(floors.top1());
            assertThat(held.top3Rate()).as("%s top-3 area accuracy", language).isGreaterThanOrEqualTo(floors.top3());
            assertThat(held.languageRate()).as("%s read in its language", language)
                    .isGreaterThanOrEqualTo(floors.language());
        });
    }
}
