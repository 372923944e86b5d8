package org.tahub.matching.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Guards the classifier's accuracy on the held-out statements (never exemplars, never used to tune it) against
 * regression: the floors are the figures recorded in docs/matching.md, less a small margin for numeric noise.
 * A Quarkus test only so that the model's native tokenizer is loaded by the same class loader as in the other tests
 * of this JVM (a native library loads once per JVM).
 */
@QuarkusTest
class ClassificationAccuracyTest {

    private static final Logger LOG = Logger.getLogger(ClassificationAccuracyTest.class);

    static final double TOP1_FLOOR = 0.86;
    static final double TOP3_FLOOR = 0.94;

    @Test
    void heldOutAccuracyDoesNotFallBelowWhatDocsMatchingRecords() throws IOException {
        NeedClassifier classifier = ClassificationEvaluation.sharedClassifier();
        ClassificationEvaluation.Result held = ClassificationEvaluation.heldOut(classifier);
        LOG.infof("held-out classification: %s", held);
        assertThat(held.n()).isEqualTo(100);
        assertThat(held.top1Rate()).as("top-1 area accuracy; misses:%n%s", String.join("\n", held.misses()))
                .isGreaterThanOrEqualTo(TOP1_FLOOR);
        assertThat(held.top3Rate()).isGreaterThanOrEqualTo(TOP3_FLOOR);
    }
}
