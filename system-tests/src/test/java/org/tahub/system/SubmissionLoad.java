package org.tahub.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A steady load of self-assessments submitted through the gateway by many states' focal points, as partner systems
 * would send them: each state creates and submits one assessment per period, in order, and every call that fails
 * for a reason that is not the caller's (the gateway or a service unreachable, 502, 503, 504, 429; never a 500, which
 * would be a fault of ours and fails the load) is retried with a
 * growing pause until it succeeds or a generous deadline passes. A create whose answer was lost is recovered by
 * looking the draft up (the second create is a 409); a submit is safe to repeat.
 */
final class SubmissionLoad {

    /** A submission the service acknowledged (200 on submit). */
    record Submission(String state, int period, String assessmentId, boolean last) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    private static final Duration CALL_DEADLINE = Duration.ofMinutes(3);

    private final String gateway;
    private final Map<String, String> keysByState;
    private final List<Integer> periods;
    private final int workers;
    private final Duration pace;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final List<Submission> acknowledged = new CopyOnWriteArrayList<>();
    final Map<String, LongAdder> retriedBecause = new ConcurrentHashMap<>();
    final AtomicInteger callsMade = new AtomicInteger();
    /** Submissions begun so far; those from {@link #heldFrom} on wait until {@link #release()}. */
    private final AtomicInteger begun = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int heldFrom = Integer.MAX_VALUE;

    SubmissionLoad(String gateway, Map<String, String> keysByState, List<Integer> periods, int workers, Duration pace) {
        this.gateway = gateway;
        this.keysByState = keysByState;
        this.periods = List.copyOf(periods);
        this.workers = workers;
        this.pace = pace;
    }

    int planned() {
        return keysByState.size() * periods.size();
    }

    /** Submissions acknowledged so far, out of {@link #planned()}. */
    int done() {
        return acknowledged.size();
    }

    /**
     * Holds back the submissions from the given one on until {@link #release()}: a test whose faults take longer than
     * planned can keep load in flight for the last of them, however long the earlier ones took.
     */
    SubmissionLoad holdFrom(int submission) {
        heldFrom = submission;
        return this;
    }

    /** Lets the held-back submissions go. */
    void release() {
        released.countDown();
    }

    /** Runs the whole load; returns when every planned submission is acknowledged, throws on the first that cannot be. */
    void run() throws Exception {
        ConcurrentLinkedQueue<String> states = new ConcurrentLinkedQueue<>(keysByState.keySet().stream().sorted().toList());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    for (String state = states.poll(); state != null; state = states.poll()) {
                        for (int i = 0; i < periods.size(); i++) {
                            if (begun.getAndIncrement() >= heldFrom) {
                                released.await();
                            }
                            submit(state, periods.get(i), i == periods.size() - 1);
                            Thread.sleep(pace.toMillis());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void submit(String state, int period, boolean last) throws Exception {
        String key = keysByState.get(state);
        String body = JSON.writeValueAsString(Map.of(
                "period", period,
                "visibility", "PROVIDERS",
                "answers", List.of(
                        Map.of("activity", "V.4", "status", "PARTIALLY_IMPLEMENTED", "assistanceNeeded", true,
                                "priority", "HIGH"),
                        Map.of("activity", "X.5", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true,
                                "priority", "MEDIUM"),
                        // Every other period, the state reports this one done: a need that comes and goes.
                        period % 2 == 0
                                ? Map.of("activity", "VII.A.2", "status", "IMPLEMENTED", "assistanceNeeded", false)
                                : Map.of("activity", "VII.A.2", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true,
                                        "priority", "LOW")),
                "statements", List.of(Map.of("text", "Training of prosecutors and judges in terrorist financing cases"))));
        HttpResponse<String> created = call("POST", "/api/v1/assessments", key, body, Set.of(201, 409));
        String id;
        if (created.statusCode() == 201) {
            id = JSON.readTree(created.body()).path("id").asText();
        } else {
            // An earlier attempt was saved but its answer lost: the draft is there; take it.
            String query = "/api/v1/assessments?state=" + state + "&period=" + period;
            JsonNode items = JSON.readTree(call("GET", query, key, null, Set.of(200)).body()).path("items");
            if (items.size() != 1) {
                throw new AssertionError("create for " + state + " " + period + " was refused as a conflict, and the "
                        + "lookup found " + items.size() + " assessments: " + created.body());
            }
            id = items.get(0).path("id").asText();
        }
        HttpResponse<String> submitted = call("POST", "/api/v1/assessments/" + id + "/submit", key, null, Set.of(200));
        String status = JSON.readTree(submitted.body()).path("status").asText();
        if (!"SUBMITTED".equals(status) && !"SUPERSEDED".equals(status)) {
            throw new AssertionError("submit of " + id + " answered status " + status);
        }
        acknowledged.add(new Submission(state, period, id, last));
    }

    private HttpResponse<String> call(String method, String path, String key, String body, Set<Integer> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + CALL_DEADLINE.toNanos();
        long pauseMs = 100;
        String lastFailure = "none";
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", key)
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            callsMade.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (expected.contains(response.statusCode())) {
                    return response;
                }
                if (!RETRYABLE.contains(response.statusCode())) {
                    throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                lastFailure = response.statusCode() + " " + response.body();
                retriedBecause.computeIfAbsent("HTTP " + response.statusCode(), k -> new LongAdder()).increment();
            } catch (IOException e) {
                lastFailure = e.toString();
                retriedBecause.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            }
            Thread.sleep(pauseMs);
            pauseMs = Math.min(pauseMs * 2, 2000);
        }
        throw new AssertionError(method + " " + path + " did not succeed within " + CALL_DEADLINE + "; last: "
                + lastFailure);
    }
}
