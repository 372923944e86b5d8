package org.tahub.matching.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.tahub.events.EventCodec;
import org.tahub.matching.classification.Classification;
import org.tahub.matching.classification.Exemplar;
import org.tahub.matching.classification.Exemplars;
import org.tahub.matching.classification.NeedClassifier;
import org.tahub.matching.classification.TextEmbedder;
import org.tahub.matching.domain.CatalogueEntry;
import org.tahub.problems.Problem;
import org.tahub.problems.ProblemException;

/**
 * The classifier of free-text needs, built from the checklist as the catalogue's events describe it (each activity's
 * wording) and the labelled statements shipped with the service; rebuilt when the checklist changes. The model runs
 * in-process (see {@link TextEmbedder}): nothing is downloaded.
 */
@ApplicationScoped
public class NeedClassification {

    private static final Logger LOG = Logger.getLogger(NeedClassification.class);
    public static final int MAX_TEXT = 2000;

    private final CatalogueReadModel catalogue;
    private final TextEmbedder embedder = new TextEmbedder();
    private final List<Exemplar> statements = Exemplars.labelledStatements();
    private volatile NeedClassifier classifier;
    private volatile String builtFor;

    public NeedClassification(CatalogueReadModel catalogue) {
        this.catalogue = catalogue;
    }

    void warmUp(@Observes StartupEvent start) {
        CompletableFuture.runAsync(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                LOG.warnf("classifier not built at start-up (%s); it will be on first use", e.getMessage());
            }
        });
    }

    public Classification classify(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.text", "is required")));
        }
        if (text.length() > MAX_TEXT) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.text",
                    "is " + text.length() + " characters long; at most " + MAX_TEXT)));
        }
        return current().classify(text.strip(), limit);
    }

    /** The classifier for the checklist as it stands; rebuilt (once, under a lock) when the checklist changed. */
    public NeedClassifier current() {
        String fingerprint = catalogue.activitiesFingerprint();
        NeedClassifier c = classifier;
        if (c != null && fingerprint.equals(builtFor)) {
            return c;
        }
        synchronized (this) {
            if (classifier == null || !fingerprint.equals(builtFor)) {
                List<Exemplar> exemplars = new ArrayList<>();
                for (CatalogueEntry e : catalogue.active("activity")) {
                    if (e.areas.isEmpty()) {
                        continue;
                    }
                    JsonNode p = EventCodec.mapper().valueToTree(parse(e.payload));
                    List<String> keywords = new ArrayList<>();
                    p.path("keywords").forEach(k -> keywords.add(k.asText()));
                    exemplars.add(Exemplars.activity(e.key.id(), e.areas.get(0), e.title,
                            p.path("description").asText(null), keywords));
                }
                exemplars.addAll(statements);
                long start = System.nanoTime();
                classifier = new NeedClassifier(exemplars, embedder, NeedClassifier.Tuning.DEFAULT);
                builtFor = fingerprint;
                LOG.infof("classifier built from %d exemplars in %d ms", exemplars.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return classifier;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
