package org.tahub.matching.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.Need;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.ProviderKind;
import org.tahub.matching.domain.StateProfile;
import org.tahub.matching.service.NeedClassification;
import org.tahub.matching.service.Rematch;

import static org.awaitility.Awaitility.await;

/**
 * A full matching round through the database, as the service runs it after a change that affects every need: 193
 * Member States x the whole checklist (about 24,000 current needs) against 1,000 offers, each assessment matched in its
 * own transaction (proposal rows written, its events in the outbox). The first round of all states from nothing
 * (every proposal inserted), then rounds over all of them again: with nothing changed (nothing written), after every
 * offer changed (every proposal rewritten and announced), and with nothing changed again. The rounds start once the
 * service has built its classifier of every language, which otherwise takes both cores for a minute after start. The
 * four rounds run twice: cold, while the JIT compiler is still compiling the hot paths, then warm, from nothing again,
 * as in a service that has run a while. Each round prints where its CPU went (this JVM, which also runs the broker,
 * and PostgreSQL). Run by benchmarks/full-round.sh ({@code -Dtest=FullRoundBenchmark}; the name keeps it out of the
 * build's tests); figures in docs/performance.md. Nothing here asserts a time.
 */
@QuarkusTest
class FullRoundBenchmark {

    private static final String CHECKLIST = "../instruments-service/src/main/resources/catalogue/checklist.json";
    private static final String STATES = "../assessments-service/src/main/resources/reference/states.json";
    private static final int OFFERS = 1000;

    @Inject
    Rematch rematch;
    @Inject
    EntityManager em;
    @Inject
    NeedClassification classification;

    @Test
    void fullRound() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode checklist = json.readTree(Files.readString(Path.of(CHECKLIST)));
        JsonNode registry = json.readTree(Files.readString(Path.of(STATES)));
        seedOffers(json);
        List<UUID> assessments = new ArrayList<>();
        for (JsonNode s : registry.get("states")) {
            if ("member".equals(s.get("unStatus").asText())) {
                assessments.add(QuarkusTransaction.requiringNew().call(() -> seedState(s, checklist)));
            }
        }
        long needs = QuarkusTransaction.requiringNew().call(() -> Need.count("current = true"));
        System.out.printf(Locale.ROOT, "%d assessments, %d current needs, %d offers, %d cores, Java %s%n",
                assessments.size(), needs, OFFERS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(classification::upToDate);
        // Twice: the first pass runs while the JIT compiler still compiles the service's hot paths (and the embedded
        // broker's), the second as a service that has been running a while runs it.
        for (String pass : List.of("cold", "warm")) {
            long first = round(pass + ": first round, from nothing", assessments);
            long unchanged = round(pass + ": nothing changed", assessments);
            // Every offer gains a place: every proposal's capacity component, score and explanation change.
            QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                    "update Offer o set o.capacity = o.capacity + 1").executeUpdate());
            long rewritten = round(pass + ": every proposal changed", assessments);
            unchanged = Math.max(unchanged, round(pass + ": nothing changed again", assessments));
            System.out.printf(Locale.ROOT, "%s: first round %.1f s, every proposal changed %.1f s (target 10 s), "
                    + "nothing changed %.1f s (target 3 s); the worst %.1f s%n", pass, first / 1000.0,
                    rewritten / 1000.0, unchanged / 1000.0, Math.max(first, Math.max(rewritten, unchanged)) / 1000.0);
            if (pass.equals("cold")) {
                sizes();
                // From nothing again: no proposal, and the outbox emptied of what the relay sent. Not analysed empty:
                // the planner would then read every assessment's proposals by a scan of the whole table until
                // autovacuum analyses it again, a minute later (a round with nothing changed took 8 s instead of 2).
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("delete from match_proposal").executeUpdate();
                    em.createNativeQuery("delete from outbox_event where published_at is not null").executeUpdate();
                });
            }
        }
    }

    private void sizes() {
        @SuppressWarnings("unchecked")
        List<Object[]> sizes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_type, count(*), max(octet_length(envelope)), avg(octet_length(envelope))::bigint "
                        + "from outbox_event group by 1 order by 1").getResultList());
        for (Object[] size : sizes) {
            System.out.printf(Locale.ROOT, "events %s: %s, largest %s bytes, mean %s bytes%n", size[0], size[1],
                    size[2], size[3]);
        }
    }

    /** Runs a round over the assessments, prints its figures and returns its time in milliseconds. */
    private long round(String label, List<UUID> assessments) {
        long needs = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(n) from Need n where n.current = true and n.key.assessmentId in :ids")
                .setParameter("ids", assessments).getSingleResult());
        long before = proposals();
        long[] cpu = cpu();
        long start = System.nanoTime();
        int matched = rematch.run(assessments, "rematch");
        long ms = (System.nanoTime() - start) / 1_000_000;
        // Its events leave through the relay meanwhile: the round is delivered when the outbox has nothing left.
        await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue()),
                        n -> n == 0);
        long delivered = (System.nanoTime() - start) / 1_000_000;
        long[] used = cpu();
        System.out.printf(Locale.ROOT, "%-40s assessments %3d  needs %6d  %6d ms  (%.0f µs per need)  proposals %d -> %d"
                + "  events on Kafka at %d ms  (CPU: this JVM, service and broker, %d ms, compiling %d ms, GC %d ms; PostgreSQL %d ms)%n",
                label, matched, needs, ms, ms * 1000.0 / needs, before, proposals(), delivered, used[0] - cpu[0],
                used[2] - cpu[2], used[3] - cpu[3], used[1] - cpu[1]);
        return ms;
    }

    /**
     * CPU time used so far by this JVM (the service and the embedded broker) and by the PostgreSQL processes (their
     * connections stay pooled, so a round's work is counted), in milliseconds; where the time of a round goes.
     */
    private static long[] cpu() {
        long jvm = ((OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        long ticks = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        return new long[] {jvm, ticks, jit, gc};
    }

    private long proposals() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(p) from MatchProposal p")
                .getSingleResult());
    }

    private UUID seedState(JsonNode s, JsonNode checklist) {
        StateProfile p = new StateProfile();
        p.iso3 = s.get("iso3").asText();
        p.iso2 = s.path("iso2").asText(null);
        p.name = s.get("name").asText();
        p.regionCode = s.get("region").get("code").asText();
        p.subregionCode = s.path("subRegion").path("code").asText(null);
        s.get("unLanguages").forEach(l -> p.languages.add(l.asText()));
        p.legalTradition = s.get("legalTradition").asText();
        s.get("memberships").forEach(m -> p.memberships.add(m.asText()));
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.persist();
        UUID assessment = UUID.randomUUID();
        String[] priorities = {"HIGH", "MEDIUM", "LOW"};
        int i = 0;
        for (JsonNode a : checklist.get("activities")) {
            Need n = new Need();
            n.key = new Need.Key(assessment, "activity:" + a.get("code").asText());
            n.state = p.iso3;
            n.period = 2026;
            n.visibility = "PROVIDERS";
            n.origin = "self-assessment";
            n.kind = "activity";
            n.activities = new ArrayList<>(List.of(a.get("code").asText()));
            n.areas = new ArrayList<>(List.of(a.get("area").asText()));
            n.priority = priorities[i++ % 3];
            n.text = a.get("title").asText();
            n.current = true;
            n.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
            n.persist();
        }
        return assessment;
    }

    /** The demonstration offers replicated to 1,000 with varied eligibility, languages and capacity, 60 providers. */
    private void seedOffers(ObjectMapper json) throws Exception {
        JsonNode demo;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/providers-demo.json")) {
            demo = json.readTree(in);
        }
        List<JsonNode> base = new ArrayList<>();
        demo.get("providers").forEach(p -> p.get("offers").forEach(base::add));
        Random random = new Random(42);
        String[][] languages = {{"en"}, {"fr"}, {"es"}, {"ar"}, {"ru"}, {"en", "fr"}, {"en", "fr", "es", "ar", "ru", "zh"}};
        String[] regions = {"002", "019", "142", "150", "009"};
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int p = 0; p < 60; p++) {
                Provider provider = new Provider();
                provider.id = "benchmark-provider-" + p;
                provider.name = "Benchmark provider " + p;
                provider.kind = ProviderKind.values()[p % ProviderKind.values().length];
                provider.demonstration = true;
                provider.createdAt = now;
                provider.updatedAt = now;
                provider.persist();
            }
            for (int i = 0; i < OFFERS; i++) {
                JsonNode o = base.get(i % base.size());
                Offer offer = new Offer();
                offer.id = o.get("id").asText() + "-benchmark-" + i;
                offer.providerId = "benchmark-provider-" + (i % 60);
                offer.title = o.get("title").asText();
                offer.description = o.path("description").asText(null);
                o.get("activities").forEach(a -> offer.activities.add(a.asText()));
                o.path("areas").forEach(a -> offer.areas.add(a.asText()));
                offer.activities.forEach(a -> {
                    String area = a.split("\\.")[0];
                    if (!offer.areas.contains(area)) {
                        offer.areas.add(area);
                    }
                });
                offer.modality = Modality.valueOf(o.get("modality").asText());
                offer.languages = new ArrayList<>(List.of(languages[random.nextInt(languages.length)]));
                if (i >= base.size() && random.nextInt(3) == 0) {
                    offer.eligibleRegions = new ArrayList<>(List.of(regions[random.nextInt(regions.length)]));
                }
                offer.capacity = 1 + random.nextInt(15);
                offer.periodStart = LocalDate.of(2026, 1, 1);
                offer.periodEnd = LocalDate.of(2028, 12, 31);
                offer.indicativeCostUsd = 5_000L + random.nextInt(300_000);
                offer.demonstration = true;
                offer.createdAt = now;
                offer.updatedAt = now;
                offer.persist();
            }
        });
    }
}
