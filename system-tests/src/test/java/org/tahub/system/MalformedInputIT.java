package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed input, from outside, on every operation of the merged OpenAPI document the gateway serves: every POST, PUT
 * and PATCH gets bad bodies (invalid JSON and UTF-8, wrong types and null for each top-level property, null in
 * arrays, 100,000-character strings, 10,000-deep nesting, 100,000-element arrays, NUL and control characters,
 * extreme numbers and dates, unknown enum values), every GET bad parameters (unknown enum values, negative, huge and
 * non-numeric integers, empty values, NUL, 5,000-character values), path parameters are filled with existing,
 * plausible and implausible ids; all with the admin key, who may call everything. No answer may be a 5xx (not even
 * a 503: the stack is healthy), every 4xx is an application/problem+json whose status is the HTTP status, and every
 * status is one the document lists for the operation. Every finding, with the request that caused it, goes to
 * target/malformed-input-report.md.
 *
 * <p>What it changes is its own: a provider, an offer, an instrument (Part C), a draft assessment of Iceland and an
 * API key it creates first. Catalogue activities are sent a stale If-Match, so that nothing another test reads
 * changes.
 */
@ExtendWith(SharedStack.class)
class MalformedInputIT {

    private static final System.Logger LOG = System.getLogger(MalformedInputIT.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration BOUND = Duration.ofMinutes(3);
    /** Requests in flight at once: one per operation, a few operations at a time. */
    private static final int WORKERS = 4;
    private static final String LONG_STRING = "a".repeat(100_000);
    private static final String LONG_PARAMETER = "a".repeat(5_000);
    private static final String STALE = "\"999999\"";
    private static final String VALID_READ = "a valid read (its answer checked in full)";
    /** The period of the sweep's own draft of Iceland (no other test assesses Iceland). */
    private static final int OWN_PERIOD = 2026;
    private static final String SWEEP = "sweep-" + Long.toHexString(System.nanoTime());
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));

    private static LocalStack stack;
    private static ApiConformance conformance;

    /** The objects the sweep creates and may change. */
    private static final Map<String, String> OWN = new LinkedHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void up(LocalStack shared, ApiConformance sharedConformance) {
        stack = shared;
        conformance = sharedConformance;
    }

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String template, List<Parameter> parameters, String bodySchema) {
        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + template;
        }
    }

    /** One request of the sweep; the body is made when it is sent (some need a fresh serial or version). */
    record Probe(Operation operation, String path, String query, Supplier<byte[]> body, String what,
            String ifMatch) {
    }

    record Finding(String kind, String operation, String request, String what, int status, String answer) {
        @Override
        public String toString() {
            return kind + ": " + request + " [" + what + "] -> " + status + " " + answer;
        }
    }

    @Test
    void noMalformedInputGetsA5xxAndEvery4xxIsAProblemWithItsStatus() throws Exception {
        createOwnObjects();
        List<Operation> operations = operations();
        assertThat(operations).extracting(Operation::toString)
                .contains("POST /api/v1/assessments", "GET /api/v1/instruments", "PUT /api/v1/offers/{id}",
                        "POST /api/v1/admin/api-keys");

        List<Finding> findings = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> probesByOperation = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<Integer, Integer> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger sentCount = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, Long> millisByOperation = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicLong slowest = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean outOfTimeFlag = new java.util.concurrent.atomic.AtomicBoolean();
        long started = System.nanoTime();
        long deadline = started + BOUND.toNanos();
        // Phase by phase (reads, changes with bodies, actions without one), a few operations at a time; the probes
        // of one operation in order, by one worker.
        Map<Operation, List<Probe>> planned = new LinkedHashMap<>();
        operations.forEach(o -> planned.put(o, probes(o)));
        int total = planned.values().stream().mapToInt(List::size).sum();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(WORKERS);
        try {
            for (int phase = 0; phase < 4; phase++) {
                List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
                for (Map.Entry<Operation, List<Probe>> e : planned.entrySet()) {
                    if (phase(e.getKey()) != phase) {
                        continue;
                    }
                    tasks.add(() -> {
                        for (Probe probe : e.getValue()) {
                            if (System.nanoTime() > deadline) {
                                outOfTimeFlag.set(true);
                                return null;
                            }
                            long began = System.nanoTime();
                            int status = send(probe, findings);
                            long ms = (System.nanoTime() - began) / 1_000_000;
                            millisByOperation.merge(probe.operation().toString(), ms, Long::sum);
                            slowest.accumulateAndGet(ms, Math::max);
                            byStatus.merge(status, 1, Integer::sum);
                            probesByOperation.merge(probe.operation().toString(), 1, Integer::sum);
                            sentCount.incrementAndGet();
                        }
                        return null;
                    });
                }
                for (java.util.concurrent.Future<Void> done : workers.invokeAll(tasks)) {
                    done.get();
                }
            }
        } finally {
            workers.shutdownNow();
            assertThat(workers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).as("sweep workers stopped")
                    .isTrue();
        }
        int sent = sentCount.get();
        boolean outOfTime = outOfTimeFlag.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = report(sent, seconds, byStatus, probesByOperation, millisByOperation, slowest.get(), findings);
        Files.writeString(stack.root.resolve("system-tests/target/malformed-input-report.md"), report,
                StandardCharsets.UTF_8);
        LOG.log(System.Logger.Level.INFO, String.format(java.util.Locale.ROOT,
                "malformed-input sweep: %d of %d requests on %d operations in %.0f s, answers by status %s, %d findings",
                sent, total, probesByOperation.size(), seconds, byStatus, findings.size()));

        assertThat(outOfTime).as("the sweep finished within %s (%d of %d requests sent)", BOUND, sent, total)
                .isFalse();
        assertThat(probesByOperation.keySet()).as("every operation probed")
                .containsAll(operations.stream().map(Operation::toString).toList());
        assertThat(findings).as("findings (also in target/malformed-input-report.md):\n%s",
                findings.stream().map(Finding::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------
    // What is probed

    private static List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        conformance.document.path("paths").properties().forEach(path -> {
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            path.getValue().properties().forEach(m -> {
                if (!m.getValue().has("responses")) {
                    return;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(m.getValue().path("parameters")));
                String body = m.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema").path("$ref").asText(null);
                all.add(new Operation(m.getKey(), path.getKey(), parameters,
                        body == null ? null : body.substring(body.lastIndexOf('/') + 1)));
            });
        });
        all.sort(java.util.Comparator.comparingInt(MalformedInputIT::phase).thenComparing(Operation::template));
        return all;
    }

    /** Reads first, then changes with bodies, then actions without one (they may end a draft or an offer). */
    private static int phase(Operation o) {
        return o.method().equals("get") ? 0 : o.bodySchema() != null ? 1 : o.method().equals("delete") ? 3 : 2;
    }

    private static List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema"),
                    p.path("required").asBoolean(false)));
        }
        return parameters;
    }

    private static List<Probe> probes(Operation op) {
        List<Probe> probes = new ArrayList<>();
        String existing = fill(op, Fill.EXISTING, null);
        if (op.method().equals("get")) {
            // A valid read first: its answer is checked against the document in full, body included.
            probes.add(new Probe(op, existing, requiredQuery(op), null, VALID_READ, null));
            if (!op.in("path").isEmpty()) {
                probes.add(new Probe(op, fill(op, Fill.MISSING, null), null, null, "plausible ids that do not exist", null));
                for (String bad : implausibleIds()) {
                    probes.add(new Probe(op, fill(op, Fill.IMPLAUSIBLE, bad), null, null, "path id " + describe(bad), null));
                }
            }
            String required = requiredQuery(op);
            probes.add(new Probe(op, existing, join(required, "sweepUnknownParameter=1"), null, "an unknown parameter", null));
            for (Parameter q : op.in("query")) {
                for (String bad : badParameterValues(q.schema())) {
                    String others = op.in("query").stream().filter(p -> p.required() && !p.name().equals(q.name()))
                            .map(p -> p.name() + "=" + encode(goodValue(p))).collect(Collectors.joining("&"));
                    probes.add(new Probe(op, existing, join(others.isEmpty() ? null : others,
                            q.name() + "=" + encode(bad)), null, "query." + q.name() + " = " + describe(bad), null));
                }
            }
            return probes;
        }
        boolean hasIfMatch = op.in("header").stream().anyMatch(h -> h.name().equalsIgnoreCase("If-Match"));
        String ifMatch = !hasIfMatch ? null : ownsVersion(op) ? "fresh" : STALE;
        ObjectNode schema = op.bodySchema() == null ? null : schema(op.bodySchema());
        // Bodies that are no JSON object of the schema at all (to an action that takes no body, a few: it is the
        // same request to the service whatever the body)
        Map<String, Supplier<byte[]>> generic = genericBodies(op);
        if (op.bodySchema() == null) {
            generic.keySet().retainAll(Set.of("invalid JSON (truncated)", "invalid UTF-8 bytes",
                    "arrays nested 10,000 deep"));
        }
        for (Map.Entry<String, Supplier<byte[]>> body : generic.entrySet()) {
            probes.add(new Probe(op, existing, null, body.getValue(), body.getKey(), ifMatch));
        }
        // One top-level property wrong at a time, the rest of a valid body
        if (schema != null) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode propertySchema = resolve(property.getValue());
                for (Map.Entry<String, JsonNode> bad : badValues(propertySchema).entrySet()) {
                    String name = property.getKey();
                    JsonNode value = bad.getValue();
                    probes.add(new Probe(op, existing, null, () -> bytes(with(base(op), name, value)),
                            "body." + name + " = " + bad.getKey(), ifMatch));
                }
            }
        }
        // Implausible and missing ids, with a few bodies
        if (!op.in("path").isEmpty()) {
            List<String> ids = new ArrayList<>(List.of("%00", "-1", "a".repeat(300), "%C3%28"));
            for (String bad : ids) {
                String path = fill(op, Fill.IMPLAUSIBLE, bad);
                if (op.bodySchema() == null) {
                    probes.add(new Probe(op, path, null, () -> new byte[0], "path id " + describe(bad), STALE));
                    continue;
                }
                probes.add(new Probe(op, path, null, () -> bytes(base(op)), "path id " + describe(bad)
                        + ", a valid body", STALE));
                probes.add(new Probe(op, path, null, () -> "{\"a\":".getBytes(StandardCharsets.UTF_8),
                        "path id " + describe(bad) + ", invalid JSON", STALE));
            }
            String missing = fill(op, Fill.MISSING, null);
            probes.add(new Probe(op, missing, null, () -> op.bodySchema() == null ? new byte[0] : bytes(base(op)),
                    "plausible ids that do not exist" + (op.bodySchema() == null ? "" : ", a valid body"), STALE));
            if (op.bodySchema() != null) {
                probes.add(new Probe(op, missing, null, MalformedInputIT::invalidUtf8,
                        "plausible ids that do not exist, invalid UTF-8", STALE));
            }
        }
        return probes;
    }

    private static String requiredQuery(Operation op) {
        String required = op.in("query").stream().filter(Parameter::required)
                .map(p -> p.name() + "=" + encode(goodValue(p))).collect(Collectors.joining("&"));
        return required.isEmpty() ? null : required;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "&" + b;
    }

    private static String goodValue(Parameter p) {
        if (p.name().equals("assessment")) {
            return OWN.get("assessment");
        }
        JsonNode e = p.schema().path("enum");
        return e.isArray() && !e.isEmpty() ? e.get(0).asText() : "1";
    }

    /** Whether the sweep changes its own object here, with its current version as If-Match. */
    private static boolean ownsVersion(Operation op) {
        return (op.template().startsWith("/api/v1/instruments/{slug}") && !op.template().endsWith("/retire"))
                || op.template().startsWith("/api/v1/offers/{id}");
    }

    private static List<String> implausibleIds() {
        return List.of("%00", "-1", "99999999999999999999", "a".repeat(300), LONG_PARAMETER, "%C3%28", "%20",
                "%E2%80%AE", "null", "%F0%9F%92%A3", "V.4%00", "%27%20OR%20%271%27%3D%271");
    }

    private static List<String> badParameterValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("NOT_A_VALUE", "", "\u0000", LONG_PARAMETER, "\u0001\u001b\u007f"));
        String type = type(schema);
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("-1", "2147483648", "99999999999999999999", "abc", "1.5"));
        }
        if ("uuid".equals(schema.path("format").asText())) {
            values.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g"));
        }
        JsonNode e = schema.path("enum");
        if (e.isArray() && !e.isEmpty()) {
            values.add(e.get(0).asText().toLowerCase(java.util.Locale.ROOT) + "x");
            values.add(e.get(0).asText() + " ");
        }
        return values;
    }

    private static Map<String, Supplier<byte[]>> genericBodies(Operation op) {
        Map<String, Supplier<byte[]>> bodies = new LinkedHashMap<>();
        bodies.put("invalid JSON (truncated)", () -> utf8("{\"a\":"));
        bodies.put("invalid JSON (single quotes)", () -> utf8("{'a': 1}"));
        bodies.put("invalid JSON (text)", () -> utf8("not json at all"));
        bodies.put("an empty body", () -> new byte[0]);
        bodies.put("invalid UTF-8 bytes", MalformedInputIT::invalidUtf8);
        bodies.put("arrays nested 10,000 deep", () -> utf8("[".repeat(10_000) + "]".repeat(10_000)));
        bodies.put("objects nested 10,000 deep", () -> utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        bodies.put("a top-level array of 100,000 elements", () -> utf8("[" + "1,".repeat(99_999) + "1]"));
        bodies.put("a top-level null", () -> utf8("null"));
        bodies.put("a top-level string", () -> utf8("\"x\""));
        bodies.put("a top-level 1e309", () -> utf8("1e309"));
        bodies.put("a top-level array", () -> utf8("[]"));
        if (op.bodySchema() != null) {
            bodies.put("a valid body and an unknown property", () -> bytes(with(base(op), "sweepUnknownProperty",
                    NODES.booleanNode(true))));
            bodies.put("a valid body with a NUL escape in every string", () -> bytes(everyString(base(op), "a\u0000b")));
            bodies.put("a valid body with a lone surrogate in every string", () -> utf8(
                    new String(bytes(base(op)), StandardCharsets.UTF_8).replaceAll(
                            "\"([^\"\\\\]*)\"(?!\\s*:)", "\"$1\\\\ud800\"")));
        }
        return bodies;
    }

    /** Bad values for one property of the given schema. */
    private static Map<String, JsonNode> badValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = type(schema);
        values.put("null", NODES.nullNode());
        switch (type) {
            case "string" -> {
                values.put("a number", NODES.numberNode(12345));
                values.put("an object", NODES.objectNode().put("a", 1));
                values.put("100,000 characters", NODES.textNode(LONG_STRING));
                values.put("a NUL", NODES.textNode("a\u0000b"));
                values.put("control characters", NODES.textNode("a\u0001\u0007\b\u000b\u001b\u007fb"));
                values.put("an empty string", NODES.textNode(""));
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    for (String d : List.of("+999999999-12-31", "0000-01-01", "-0001-01-01", "2026-02-30")) {
                        values.put("date " + d, NODES.textNode(d));
                    }
                } else if (format.equals("date-time")) {
                    for (String d : List.of("+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "2026-13-01T00:00:00Z")) {
                        values.put("date-time " + d, NODES.textNode(d));
                    }
                } else if (schema.has("enum") || schema.has("pattern")) {
                    values.put("an unknown value", NODES.textNode("NOT_A_VALUE"));
                }
            }
            case "integer", "number" -> {
                values.put("a string", NODES.textNode("12"));
                values.put("an object", NODES.objectNode());
                values.put("1e309", raw("1e309"));
                values.put("-2147483649", raw("-2147483649"));
                values.put("9223372036854775808", raw("9223372036854775808"));
                values.put("1.5", NODES.numberNode(1.5));
                values.put("-1", NODES.numberNode(-1));
            }
            case "boolean" -> {
                values.put("a string", NODES.textNode("true"));
                values.put("a number", NODES.numberNode(1));
                values.put("an object", NODES.objectNode());
            }
            case "array" -> {
                values.put("a string", NODES.textNode("x"));
                values.put("an object", NODES.objectNode().put("a", 1));
                values.put("[null]", NODES.arrayNode().addNull());
                JsonNode items = resolve(schema.path("items"));
                JsonNode item = type(items).equals("object") ? baseFor(items) : type(items).equals("string")
                        ? NODES.textNode("x") : NODES.numberNode(1);
                values.put("100,000 elements", raw("[" + (item.toString() + ",").repeat(99_999) + item + "]"));
                values.put("an element of the wrong type", NODES.arrayNode().add(type(items).equals("string")
                        ? NODES.numberNode(1) : NODES.textNode("x")));
            }
            case "object" -> {
                values.put("a string", NODES.textNode("x"));
                values.put("an array", NODES.arrayNode());
            }
            default -> values.put("a string", NODES.textNode("x"));
        }
        return values;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Bodies

    /** A valid body for the operation, unique where the operation creates something. */
    private static ObjectNode base(Operation op) {
        int n = SERIAL.incrementAndGet();
        String schema = op.bodySchema();
        ObjectNode body = NODES.objectNode();
        switch (schema) {
            case "AssessmentInput" -> {
                boolean create = op.method().equals("post");
                // a new period each time (a state has one assessment per period); the own draft's when it is changed
                body.put("state", "ISL").put("period", create ? 2005 + (n % 20) : OWN_PERIOD)
                        .put("visibility", "CONFIDENTIAL");
                body.putArray("answers").add(answer("I.1"));
                body.putArray("ratifications");
                body.putArray("statements");
            }
            case "AnswerInput" -> body.setAll(answer("I.1"));
            case "DecisionInput" -> body.put("reason", "Malformed-input sweep");
            case "ActivityUpdate" -> {
                body.put("title", "Malformed-input sweep title").put("description", "Malformed-input sweep");
                body.putArray("keywords").add("sweep");
            }
            case "InstrumentInput" -> {
                String slug = op.method().equals("post") ? SWEEP + "-instrument-" + n : OWN.get("instrument");
                body.put("slug", slug).put("part", "C").put("title", "Malformed-input sweep declaration " + n)
                        .put("kind", "declaration").put("scope", "universal").put("adoptedYear", 2020)
                        .put("adoptedOn", "2020-05-01").put("description", "Created by the malformed-input sweep");
                body.putArray("keywords").add("sweep");
            }
            case "ClassifyRequest" -> body.put("text", "Assistance in setting up a Financial Intelligence Unit")
                    .put("limit", 5);
            case "EngagementInput" -> body.put("outcome", "Malformed-input sweep").put("rating", 4)
                    .put("comment", "Malformed-input sweep");
            case "OfferInput" -> {
                // an offer's id starts with its provider's
                String id = op.method().equals("post") ? OWN.get("provider") + "-offer-" + n : OWN.get("offer");
                body.setAll(offer(id));
            }
            case "ProviderInput" -> {
                String id = op.method().equals("post") ? SWEEP + "-provider-" + n : OWN.get("provider");
                body.setAll(provider(id));
            }
            case "ApiKeyRequest" -> body.put("name", "Malformed-input sweep " + n).put("role", "analyst");
            default -> body.setAll(baseFor(schema(schema)));
        }
        return body;
    }

    private static ObjectNode answer(String activity) {
        ObjectNode a = NODES.objectNode().put("activity", activity).put("status", "IMPLEMENTED").put("basis", "DE_JURE")
                .put("assistanceNeeded", false).put("narrative", "Malformed-input sweep");
        a.putArray("evidence").add("https://example.org/sweep-evidence");
        return a;
    }

    private static ObjectNode offer(String id) {
        ObjectNode o = NODES.objectNode().put("id", id).put("providerId", OWN.get("provider"))
                .put("title", "Malformed-input sweep offer").put("description", "Only Iceland is eligible")
                .put("modality", "TRAINING").put("capacity", 1).put("periodStart", "2027-01-01")
                .put("periodEnd", "2027-12-31").put("indicativeCostUsd", 1000).put("costNote", "sweep");
        o.putArray("areas").add("XI");
        o.putArray("activities").add("XI.3");
        o.putArray("languages").add("en");
        o.putArray("eligibleStates").add("ISL");
        o.putArray("eligibleRegions");
        o.putArray("eligibleMemberships");
        o.putArray("legalTraditions");
        return o;
    }

    private static ObjectNode provider(String id) {
        return NODES.objectNode().put("id", id).put("name", "Malformed-input sweep provider").put("shortName", "SWEEP")
                .put("kind", "NGO").put("headquarters", "ISL").put("website", "https://example.org/sweep")
                .put("description", "Created by the malformed-input sweep");
    }

    /** A body for a schema the sweep has no hand-written one for: its required properties, from their examples. */
    private static ObjectNode baseFor(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("properties").properties().forEach(p -> {
            JsonNode s = resolve(p.getValue());
            JsonNode example = s.path("examples").path(0);
            if (!example.isMissingNode()) {
                body.set(p.getKey(), example);
            } else if (s.path("enum").isArray()) {
                body.set(p.getKey(), s.path("enum").get(0));
            } else {
                switch (type(s)) {
                    case "string" -> body.put(p.getKey(), "x");
                    case "integer", "number" -> body.put(p.getKey(), 1);
                    case "boolean" -> body.put(p.getKey(), false);
                    case "array" -> body.putArray(p.getKey());
                    default -> { }
                }
            }
        });
        return body;
    }

    private static ObjectNode with(ObjectNode body, String property, JsonNode value) {
        body.set(property, value);
        return body;
    }

    private static ObjectNode everyString(ObjectNode body, String value) {
        body.properties().forEach(p -> {
            if (p.getValue().isTextual()) {
                p.setValue(NODES.textNode(p.getValue().asText() + value));
            }
        });
        return body;
    }

    private static byte[] bytes(JsonNode body) {
        return utf8(body.toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"title\":\"a"));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    /** A JSON number (or anything) written as is, e.g. 1e309 that no Java number holds. */
    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(json));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Schemas and paths

    private static ObjectNode schema(String name) {
        return (ObjectNode) conformance.document.path("components").path("schemas").path(name);
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = conformance.document.path("components").path("schemas")
                    .path(ref.substring(ref.lastIndexOf('/') + 1));
            // a 3.1 $ref with siblings: the siblings (format, type) of the referenced schema count too
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            schema.properties().forEach(p -> {
                if (!p.getKey().equals("$ref")) {
                    merged.set(p.getKey(), p.getValue());
                }
            });
            return merged;
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return resolve(alternative);
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("object");
    }

    enum Fill { EXISTING, MISSING, IMPLAUSIBLE }

    /** The operation's path with its path parameters filled: ids that exist, ids that could but do not, or junk. */
    private static String fill(Operation op, Fill fill, String junk) {
        String path = op.template();
        for (Parameter p : op.in("path")) {
            String value = switch (fill) {
                case EXISTING -> existing(op, p);
                case MISSING -> missing(op, p);
                case IMPLAUSIBLE -> junk;
            };
            path = path.replace("{" + p.name() + "}", fill == Fill.IMPLAUSIBLE ? value : encodePath(value));
        }
        return path;
    }

    private static String existing(Operation op, Parameter p) {
        String t = op.template();
        boolean read = op.method().equals("get");
        if (t.startsWith("/api/v1/assessments/{id}")) {
            return p.name().equals("activity") ? "I.1" : OWN.get("assessment");
        }
        if (t.startsWith("/api/v1/activities/")) {
            return "V.4";
        }
        if (t.startsWith("/api/v1/areas/")) {
            return "V";
        }
        if (t.startsWith("/api/v1/instruments/")) {
            return read ? "hostages-convention-1979" : OWN.get("instrument");
        }
        if (t.startsWith("/api/v1/tools/")) {
            return OWN.get("tool");
        }
        if (t.startsWith("/api/v1/states/")) {
            return "ISL";
        }
        if (t.startsWith("/api/v1/offers/")) {
            return OWN.get("offer");
        }
        if (t.startsWith("/api/v1/providers/")) {
            return OWN.get("provider");
        }
        if (t.startsWith("/api/v1/admin/api-keys/")) {
            return OWN.get("apiKey");
        }
        if (t.startsWith("/api/v1/admin/dead-letters/")) {
            return switch (p.name()) {
                case "topic" -> "tahub.catalogue.v1.dlq.assessments-service";
                case "partition" -> "0";
                default -> "0";
            };
        }
        // Proposals and engagements are only read (they are other tests' or the demonstration's)
        if (t.startsWith("/api/v1/matches/") && read && OWN.containsKey("match")) {
            return OWN.get("match");
        }
        if (t.startsWith("/api/v1/engagements/") && read && OWN.containsKey("engagement")) {
            return OWN.get("engagement");
        }
        // Someone else's proposals and engagements are never changed by the sweep: an id that does not exist.
        return missing(op, p);
    }

    private static String missing(Operation op, Parameter p) {
        if ("uuid".equals(p.schema().path("format").asText()) || p.name().equals("id")) {
            return UUID.randomUUID().toString();
        }
        return switch (p.name()) {
            case "code" -> op.template().startsWith("/api/v1/areas") ? "XII" : "XI.99";
            case "activity" -> "XI.99";
            case "iso3" -> "ZZZ";
            case "topic" -> "tahub.nosuch.v1.dlq.nobody";
            case "partition" -> "7";
            case "offset" -> "123456789";
            default -> SWEEP + "-nothing";
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String encodePath(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " characters)" : value;
        return "'" + shown.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(Collectors.joining()) + "'";
    }

    // ----------------------------------------------------------------------------------------------------------
    // Sending and judging

    private static RequestSpecification admin() {
        return given().config(TIMEOUTS).header("X-API-Key", stack.adminKey);
    }

    private static int send(Probe probe, List<Finding> findings) {
        String uri = stack.gateway() + probe.path() + (probe.query() == null ? "" : "?" + probe.query());
        String op = probe.operation().toString();
        String request = probe.operation().method().toUpperCase(java.util.Locale.ROOT) + " " + abbreviated(probe.path()
                + (probe.query() == null ? "" : "?" + probe.query()), 160);
        RequestSpecification spec = given().noFilters()
                .filter(probe.what().equals(VALID_READ) ? conformance.filter() : conformance.sweepFilter()).config(TIMEOUTS)
                .urlEncodingEnabled(false).header("X-API-Key", stack.adminKey);
        byte[] body = probe.body() == null ? null : probe.body().get();
        String shownBody = "";
        if (body != null) {
            spec = spec.contentType("application/json").body(body);
            shownBody = ", body " + abbreviated(new String(body, StandardCharsets.UTF_8), 120);
        }
        if (probe.ifMatch() != null) {
            spec = spec.header("If-Match", probe.ifMatch().equals("fresh") ? currentVersion(probe.path()) : probe.ifMatch());
        }
        Response response;
        try {
            response = spec.request(probe.operation().method().toUpperCase(java.util.Locale.ROOT), uri);
        } catch (AssertionError undocumented) {
            findings.add(new Finding("undocumented answer", op, request + shownBody, probe.what(), statusIn(undocumented),
                    undocumented.getMessage().lines().skip(1).collect(Collectors.joining(" "))));
            return statusIn(undocumented);
        } catch (RuntimeException transport) {
            findings.add(new Finding("no answer", op, request + shownBody, probe.what(), 0, transport.toString()));
            return 0;
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            VERSIONS.remove(probe.path());
            if (!probe.what().equals(VALID_READ)) {
                ACCEPTED.add(status + " " + request + " [" + probe.what() + "]");
            }
        }
        String answer = abbreviated(response.asString(), 300) + requestId(response);
        if (status >= 500) {
            findings.add(new Finding(status + (response.header("Retry-After") != null ? " (Retry-After "
                    + response.header("Retry-After") + ")" : ""), op, request + shownBody, probe.what(), status, answer));
        } else if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) {
                findings.add(new Finding("4xx not a problem (Content-Type " + type + ")", op, request + shownBody, probe.what(),
                        status, answer));
            } else {
                JsonNode problem = readJson(response.asString());
                if (problem == null || problem.path("status").asInt(-1) != status) {
                    findings.add(new Finding("problem status is not the HTTP status", op, request + shownBody,
                            probe.what(), status, answer));
                }
            }
        }
        return status;
    }

    private static Response created(Response response) {
        assertThat(response.statusCode()).as("creating what the sweep works on: %s", response.asString()).isEqualTo(201);
        return response;
    }

    /** What was answered with a 2xx (not a finding: a null optional field, an ignored body; a list to read). */
    private static final List<String> ACCEPTED = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The current ETag of the sweep's own objects, read again after an answer that may have changed them. */
    private static final Map<String, String> VERSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String currentVersion(String path) {
        return VERSIONS.computeIfAbsent(path, MalformedInputIT::readVersion);
    }

    private static String readVersion(String path) {
        Response current = given().noFilters().filter(conformance.sweepFilter()).config(TIMEOUTS)
                .header("X-API-Key", stack.adminKey).get(path);
        String etag = current.header("ETag");
        return etag == null ? STALE : etag;
    }

    private static int statusIn(AssertionError e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" answered (\\d{3})").matcher(e.getMessage());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String requestId(Response response) {
        String id = response.header("X-Request-Id");
        return id == null ? "" : " (request id " + id + ")";
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviated(String s, int max) {
        String flat = s.replace("\n", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "...(" + flat.length() + "\u00a0characters)";
    }

    private static String report(int sent, double seconds, Map<Integer, Integer> byStatus,
            Map<String, Integer> probesByOperation, Map<String, Long> millisByOperation, long slowest,
            List<Finding> findings) {
        StringBuilder out = new StringBuilder("# Malformed-input sweep (MalformedInputIT)\n\n");
        out.append(String.format(java.util.Locale.ROOT, "%d requests on %d operations in %.0f s (%d at a time; the "
                        + "slowest took %d ms); answers by status: %s%n%n", sent, probesByOperation.size(), seconds,
                WORKERS, slowest, byStatus));
        out.append("## Findings (").append(findings.size()).append(")\n\n");
        Map<String, List<Finding>> grouped = findings.stream().collect(Collectors.groupingBy(
                f -> f.kind() + " on " + f.operation(), TreeMap::new, Collectors.toList()));
        grouped.forEach((k, list) -> {
            out.append("### ").append(k).append(" (").append(list.size()).append(")\n\n");
            list.forEach(f -> out.append("- ").append(f).append('\n'));
            out.append('\n');
        });
        out.append("## Answered with a 2xx (not findings; worth a look)\n\n");
        new java.util.TreeSet<>(ACCEPTED).forEach(a -> out.append("- ").append(a).append('\n'));
        out.append('\n');
        out.append("## Requests per operation\n\n");
        probesByOperation.forEach((op, n) -> out.append("- ").append(op).append(": ").append(n).append(" in ")
                .append(millisByOperation.getOrDefault(op, 0L)).append(" ms\n"));
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------------
    // What the sweep owns

    private static void createOwnObjects() {
        String provider = SWEEP + "-provider";
        created(admin().contentType(ContentType.JSON).body(provider(provider).toString()).post("/api/v1/providers"));
        OWN.put("provider", provider);
        String offer = provider + "-offer";
        created(admin().contentType(ContentType.JSON).body(offer(offer).toString()).post("/api/v1/offers"));
        OWN.put("offer", offer);
        String instrument = SWEEP + "-instrument";
        ObjectNode input = NODES.objectNode().put("slug", instrument).put("part", "C")
                .put("title", "Malformed-input sweep declaration").put("kind", "declaration").put("scope", "universal")
                .put("adoptedYear", 2020);
        created(admin().contentType(ContentType.JSON).body(input.toString()).post("/api/v1/instruments"));
        OWN.put("instrument", instrument);
        ObjectNode draft = NODES.objectNode().put("state", "ISL").put("period", OWN_PERIOD).put("visibility", "CONFIDENTIAL");
        draft.putArray("answers").add(answer("I.1"));
        OWN.put("assessment", created(admin().contentType(ContentType.JSON).body(draft.toString())
                .post("/api/v1/assessments")).path("id"));
        OWN.put("apiKey", created(admin().contentType(ContentType.JSON)
                .body("{\"name\":\"Malformed-input sweep\",\"role\":\"analyst\"}").post("/api/v1/admin/api-keys"))
                .path("id"));
        OWN.put("tool", admin().get("/api/v1/tools").then().statusCode(200).extract().path("[0].slug"));
        String match = admin().queryParam("size", "1").get("/api/v1/matches").then().statusCode(200).extract()
                .path("items[0].id");
        if (match != null) {
            OWN.put("match", match);
        }
        String engagement = admin().get("/api/v1/engagements").then().statusCode(200).extract().path("[0].id");
        if (engagement != null) {
            OWN.put("engagement", engagement);
        }
        Set<String> missing = new LinkedHashSet<>(List.of("provider", "offer", "instrument", "assessment", "apiKey",
                "tool"));
        missing.removeIf(k -> OWN.get(k) != null);
        assertThat(missing).as("objects the sweep works on").isEmpty();
    }
}
