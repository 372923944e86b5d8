package org.tahub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged suite under load through the gateway: 64 clients, each on one keep-alive connection of its own
 * (java.net.http, HTTP/1.1), sending GETs back to back for 20 s (after 5 s of warm-up) on the loopback, mixing cheap
 * reads and paged ones with the admin key. Every answer must be a 2xx; the figures (throughput, latency, answers by status) go to the log
 * and to target/load-report.md. The first answer of each request kind is also checked against the merged OpenAPI
 * document.
 */
@ExtendWith(SharedStack.class)
class GatewayLoadIT {

    private static final System.Logger LOG = System.getLogger(GatewayLoadIT.class.getName());
    private static final int CONNECTIONS = 64;
    private static final Duration DURATION = Duration.ofSeconds(20);
    /** Before the measured 20 s, the same load for a few seconds, not counted: the JVMs have just started. */
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final List<String> READS = List.of(
            "/api/v1/activities/V.4",
            "/api/v1/instruments?part=A&size=20",
            "/api/v1/areas",
            "/api/v1/offers");

    private static LocalStack stack;
    private static ApiConformance conformance;

    @BeforeAll
    static void up(LocalStack shared, ApiConformance sharedConformance) {
        stack = shared;
        conformance = sharedConformance;
    }

    /** What one client saw. */
    private static final class Tally {
        final Map<Integer, Long> byStatus = new TreeMap<>();
        final Map<Integer, Long> warmUpByStatus = new TreeMap<>();
        final Map<String, Long> failures = new TreeMap<>();
        final List<Long> latenciesMicros = new ArrayList<>(65_536);
        final Map<String, List<Long>> latenciesByRead = new TreeMap<>();
        long requests;
    }

    @Test
    void sixtyFourKeepAliveConnectionsFor20SecondsGetOnly2xxAnswers() throws Exception {
        Map<String, HttpResponse<byte[]>> firstAnswers = new ConcurrentHashMap<>();
        AtomicLong connectionsSeen = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<Tally>> running = new ArrayList<>();
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        long deadline = warmUntil + DURATION.toNanos();
        try {
            for (int c = 0; c < CONNECTIONS; c++) {
                // One client per connection: it sends one request at a time, so it keeps exactly one connection
                // alive and reuses it for every request.
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                int offset = c;
                running.add(pool.submit(() -> load(client, offset, warmUntil, deadline, firstAnswers,
                        connectionsSeen)));
            }
            Tally total = new Tally();
            for (Future<Tally> f : running) {
                Tally t = f.get(WARM_UP.plus(DURATION).toSeconds() + 60, TimeUnit.SECONDS);
                total.requests += t.requests;
                t.byStatus.forEach((s, n) -> total.byStatus.merge(s, n, Long::sum));
                t.warmUpByStatus.forEach((s, n) -> total.warmUpByStatus.merge(s, n, Long::sum));
                t.failures.forEach((s, n) -> total.failures.merge(s, n, Long::sum));
                total.latenciesMicros.addAll(t.latenciesMicros);
                t.latenciesByRead.forEach((r, l) -> total.latenciesByRead.computeIfAbsent(r, k -> new ArrayList<>())
                        .addAll(l));
            }
            double seconds = (System.nanoTime() - warmUntil) / 1e9;
            long[] latencies = total.latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
            StringBuilder byRead = new StringBuilder();
            total.latenciesByRead.forEach((r, l) -> byRead.append(String.format(java.util.Locale.ROOT,
                    "%n  %s: %d requests, p50 %.1f ms, p99 %.1f ms", r, l.size(),
                    percentile(l.stream().mapToLong(Long::longValue).sorted().toArray(), 50),
                    percentile(l.stream().mapToLong(Long::longValue).sorted().toArray(), 99))));
            long non2xx = total.byStatus.entrySet().stream().filter(e -> e.getKey() / 100 != 2)
                    .mapToLong(Map.Entry::getValue).sum();
            long warmUpNon2xx = total.warmUpByStatus.entrySet().stream().filter(e -> e.getKey() / 100 != 2)
                    .mapToLong(Map.Entry::getValue).sum();
            String figures = String.format(java.util.Locale.ROOT,
                    "%d connections, %.1f s measured after %d s of warm-up: %d requests, %.0f requests/s; latency "
                            + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; answers by status %s; non-2xx %d; "
                            + "transport failures %s; warm-up answers by status %s",
                    CONNECTIONS, seconds, WARM_UP.toSeconds(), total.requests, total.requests / seconds,
                    percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                    percentile(latencies, 100), total.byStatus, non2xx, total.failures, total.warmUpByStatus)
                    + "; by read:" + byRead;
            LOG.log(System.Logger.Level.INFO, "gateway load: " + figures);
            Files.writeString(stack.root.resolve("system-tests/target/load-report.md"),
                    "# Gateway load (GatewayLoadIT)\n\nGETs " + READS + " with the admin key, through the gateway, on "
                            + "the loopback.\n\n" + figures + "\n", StandardCharsets.UTF_8);

            assertThat(total.failures).as("requests that got no answer").isEmpty();
            assertThat(non2xx).as("answers that are not 2xx, by status: %s", total.byStatus).isZero();
            assertThat(warmUpNon2xx).as("warm-up answers that are not 2xx, by status: %s", total.warmUpByStatus)
                    .isZero();
            assertThat(total.requests).as("requests served").isGreaterThan(CONNECTIONS);
            assertThat(connectionsSeen.get()).as("clients that got an answer").isEqualTo(CONNECTIONS);
            for (String read : READS) {
                HttpResponse<byte[]> first = firstAnswers.get(read);
                assertThat(first).as("an answer to %s", read).isNotNull();
                conformance.check(ApiConformance.request("GET", first.request().uri(), first.request().headers().map(),
                        null), ApiConformance.response(first.statusCode(), first.headers().map(), first.body()));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("load threads stopped").isTrue();
        }
    }

    private static Tally load(HttpClient client, int offset, long warmUntil, long deadline,
            Map<String, HttpResponse<byte[]>> first, AtomicLong connectionsSeen) {
        Tally tally = new Tally();
        List<HttpRequest> requests = READS.stream().map(r -> HttpRequest.newBuilder(URI.create(stack.gateway() + r))
                .header("X-API-Key", stack.adminKey).timeout(Duration.ofSeconds(10)).GET().build()).toList();
        boolean answered = false;
        for (long i = offset; System.nanoTime() < deadline; i++) {
            int kind = (int) (i % READS.size());
            long sent = System.nanoTime();
            boolean counted = sent >= warmUntil;
            try {
                HttpResponse<byte[]> response = client.send(requests.get(kind), HttpResponse.BodyHandlers.ofByteArray());
                if (!counted) {
                    // warming up: not in the figures, but every answer must be a 2xx all the same
                    tally.warmUpByStatus.merge(response.statusCode(), 1L, Long::sum);
                    continue;
                }
                long micros = (System.nanoTime() - sent) / 1_000;
                tally.latenciesMicros.add(micros);
                tally.latenciesByRead.computeIfAbsent(READS.get(kind), k -> new ArrayList<>()).add(micros);
                tally.byStatus.merge(response.statusCode(), 1L, Long::sum);
                first.putIfAbsent(READS.get(kind), response);
                if (!answered) {
                    answered = true;
                    connectionsSeen.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                tally.failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
            }
            if (counted) {
                tally.requests++;
            }
        }
        return tally;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
