package org.tahub.matching.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.tahub.events.EventCodec;
import org.tahub.languages.TextLanguage;
import org.tahub.matching.classification.Classification;
import org.tahub.matching.classification.Exemplar;
import org.tahub.matching.classification.Exemplars;
import org.tahub.matching.classification.NeedClassifier;
import org.tahub.matching.classification.NeedSplitter;
import org.tahub.matching.classification.TextEmbedder;
import org.tahub.matching.domain.CatalogueCopy;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.matching.readmodel.CatalogueReadModel;

/**
 * The classifier of free-text needs, built from the checklist as the catalogue's events describe it (each activity's
 * wording) and the labelled statements shipped with the service. The model runs in-process (see {@link TextEmbedder}):
 * nothing is downloaded.
 *
 * <p>Building takes seconds (embedding the statements the first time, then training the area model), so it never
 * happens on a caller's thread once a classifier exists: a first one, from the English exemplars only, is built at
 * start-up before the service reports ready (the need-classifier readiness check), and the one with the exemplars of
 * every language right after it, in the background (embedding the translated statements takes most of a minute on
 * two cores). When the checklist changes, a new one is built in the background and replaces the old one when done,
 * while callers keep being answered by the old one.
 */
@ApplicationScoped
public class NeedClassification {

    private static final Logger LOG = Logger.getLogger(NeedClassification.class);
    public static final int MAX_TEXT = 2000;

    /**
     * A classifier, the fingerprint of the checklist it was built from, and whether it has the exemplars of every
     * language (the first one of a start has the English ones only).
     */
    private record Built(NeedClassifier classifier, String fingerprint, boolean everyLanguage) {
    }

    private final CatalogueReadModel catalogue;
    private final TextEmbedder embedder = new TextEmbedder();
    private final TextLanguage languages = new TextLanguage();
    private final List<Exemplar> statements = Exemplars.labelledStatements();
    private final List<Exemplar> englishStatements = statements.stream().filter(e -> e.language().equals("en"))
            .toList();
    private final AtomicReference<Built> built = new AtomicReference<>();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "need-classifier-build");
        t.setDaemon(true);
        return t;
    });

    public NeedClassification(CatalogueReadModel catalogue) {
        this.catalogue = catalogue;
    }

    void warmUp(@Observes StartupEvent start) {
        try {
            builder.execute(this::first);
        } catch (RejectedExecutionException shuttingDown) {
            return;
        }
        rebuildInBackground();
    }

    void stop(@Observes ShutdownEvent stop) {
        builder.shutdownNow();
    }

    /** Whether a classifier exists: until then the service is not ready. */
    public boolean ready() {
        return built.get() != null;
    }

    /**
     * Whether the classifier answering now has the exemplars of every language (the first of a start has English
     * only, and the full one follows in the background, a minute or more of both cores). Starts nothing.
     */
    public boolean everyLanguage() {
        Built b = built.get();
        return b != null && b.everyLanguage();
    }

    /**
     * Whether the classifier answering now was built from the checklist as it stands, with the exemplars of every
     * language; when not, a rebuild is started (so that a caller can await this after changing the checklist).
     */
    public boolean upToDate() {
        Built b = built.get();
        if (b != null && !stale(b)) {
            return true;
        }
        rebuildInBackground();
        return false;
    }

    private boolean stale(Built b) {
        return !b.everyLanguage() || !catalogue.activitiesFingerprint().equals(b.fingerprint());
    }

    public Classification classify(String text, int limit) {
        return classify(text, limit, null);
    }

    /** As {@link #classify(String, int)}, read in {@code language} (a UN language the writer gave), or detected if null. */
    public Classification classify(String text, int limit, String language) {
        return current().classify(checked(text).strip(), limit, language);
    }

    /**
     * The needs a text holds (one or more, in the order of the text), each with the span of {@code text} it came from
     * and its own classification: a paragraph of a national report read as the needs it lists.
     */
    public List<NeedSplitter.Part> split(String text, int limit) {
        return split(text, limit, null);
    }

    /** As {@link #split(String, int)}, read in {@code language} (a UN language the writer gave), or detected if null. */
    public List<NeedSplitter.Part> split(String text, int limit, String language) {
        return new NeedSplitter(current(), languages).split(checked(text), limit, language);
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.text", "is required")));
        }
        if (text.length() > MAX_TEXT) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.text",
                    "is " + text.length() + " characters long; at most " + MAX_TEXT)));
        }
        return text;
    }

    /**
     * The classifier to answer with: the latest built. When the checklist changed since, or it lacks the other
     * languages' exemplars, a rebuild is started in the background. Only before the first build has finished does a
     * caller wait for it.
     */
    public NeedClassifier current() {
        Built b = built.get();
        if (b == null) {
            b = first();
            rebuildInBackground();
            return b.classifier();
        }
        if (stale(b)) {
            rebuildInBackground();
        }
        return b.classifier();
    }

    /** The first classifier of a start, from the English exemplars (the quickest to have), unless one exists. */
    private synchronized Built first() {
        Built b = built.get();
        return b != null ? b : build(false);
    }

    /** Starts a build unless one runs; it builds again while the checklist keeps changing under it. */
    private void rebuildInBackground() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            builder.execute(() -> {
                try {
                    Built b;
                    // Not under the lock of the first build: a caller waiting for that one (a consumer at start-up)
                    // must not then wait for this one too, which takes a minute (the transaction it runs in would
                    // time out, and its event go to the dead letters).
                    do {
                        b = build(true);
                    } while (stale(b));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "classifier not rebuilt; the previous one keeps answering, the next change retries");
                } finally {
                    rebuilding.set(false);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            rebuilding.set(false);
        }
    }

    private Built build(boolean everyLanguage) {
        String fingerprint = catalogue.activitiesFingerprint();
        List<Exemplar> exemplars = new ArrayList<>();
        for (CatalogueCopy e : catalogue.active("activity")) {
            if (e.areas.isEmpty()) {
                continue;
            }
            JsonNode p = parse(e.payload);
            List<String> keywords = new ArrayList<>();
            p.path("keywords").forEach(k -> keywords.add(k.asText()));
            exemplars.add(Exemplars.activity(e.key.id(), e.areas.get(0), e.title,
                    p.path("description").asText(null), keywords));
        }
        exemplars.addAll(everyLanguage ? statements : englishStatements);
        long start = System.nanoTime();
        Built b = new Built(new NeedClassifier(exemplars, embedder, NeedClassifier.Tuning.DEFAULT, languages),
                fingerprint, everyLanguage);
        built.set(b);
        LOG.infof("classifier built from %d exemplars (%s) in %d ms", exemplars.size(),
                everyLanguage ? "every language" : "English only, the first of this start",
                (System.nanoTime() - start) / 1_000_000);
        return b;
    }

    private static JsonNode parse(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
