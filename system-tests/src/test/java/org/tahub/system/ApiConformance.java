package org.tahub.system;


import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every answer of the gateway, checked against the merged OpenAPI document it serves at {@code /api/v1/openapi}, with
 * Atlassian's swagger-request-validator:
 * <ul>
 *   <li>{@link #filter()}, on every RestAssured request the system tests send to the gateway's {@code /api/v1}: the
 *       answer's status must be documented for the operation, its content type among the documented ones, its body
 *       valid against the documented schema. The request itself is only checked for being a documented operation
 *       (path, method, an Accept it can answer): tests send invalid requests on purpose (no key, unknown fields,
 *       wrong roles), and the answer to those must be documented all the same.</li>
 *   <li>{@link #sweepFilter()}, for the malformed-input sweep: the status documented and the content type allowed
 *       (the test itself checks that every 4xx is a problem with that status).</li>
 *   <li>{@link #check(Request, Response)}, the same as {@link #filter()} for answers received with java.net.http (the
 *       generated client, the load test).</li>
 * </ul>
 * The validator is given the document in OpenAPI 3.0 terms ({@link OpenApi30}): given 3.1, it validates no body.
 *
 * <p>Each mismatch found is also appended to {@code target/conformance-report.md}. {@link #KNOWN_MISMATCHES} is the one
 * place where mismatches are tolerated: each names what is wrong (a schema's property answered null that the document
 * does not make nullable, wherever that schema is answered; an operation missing from the document), as reported to
 * the owners of the annotations, and is removed when they fix it; the run's end logs those no answer showed.
 */
final class ApiConformance {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A diagnostic for the owners of the annotations: {@code -Dtahub.conformance.record-only=true} lists every mismatch
     * of a run in target/conformance-report.md instead of failing at the first. Never set in the build.
     */
    private static final boolean RECORD_ONLY = Boolean.getBoolean("tahub.conformance.record-only");

    /** A mismatch of the document (not of the tests), tolerated by name until it is fixed. */
    sealed interface KnownMismatch {
        String name();
    }

    /**
     * A property the service answers with {@code null} that the document does not mark nullable (in 3.1 terms its
     * {@code type} lacks "null"): tolerated for that property of that schema only, and only when it is null,
     * wherever the schema is answered.
     */
    record NullNotDocumented(String schema, String property) implements KnownMismatch {
        @Override
        public String name() {
            return schema + "." + property + " is answered null but is not nullable in the document";
        }
    }

    /** An operation the gateway serves that the merged document does not have. */
    record OperationNotDocumented(String method, String path) implements KnownMismatch {
        @Override
        public String name() {
            return method + " " + path + " is served but is not in the merged document";
        }
    }

    /**
     * The mismatches between the answers and the document that come from the services' or the gateway's OpenAPI
     * annotations, as reported to their owners, tolerated here and nowhere else; each is removed when it is fixed.
     */
    static final List<KnownMismatch> KNOWN_MISMATCHES = List.of();

    /** The known mismatches that did occur in this run (the others may have been fixed: see {@link #unseen()}). */
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The known mismatches no answer of this run showed: fixed, or not exercised. */
    static List<String> unseen() {
        return KNOWN_MISMATCHES.stream().map(KnownMismatch::name).filter(n -> !SEEN.contains(n)).toList();
    }

    private WhitelistRule rule(KnownMismatch known) {
        WhitelistRule rule = matching(known);
        return (message, operation, request, response) -> {
            boolean matches = rule.matches(message, operation, request, response);
            if (matches) {
                SEEN.add(known.name());
            }
            return matches;
        };
    }

    private WhitelistRule matching(KnownMismatch known) {
        if (known instanceof OperationNotDocumented o) {
            return (message, operation, request, response) -> request != null
                    && message.getKey().equals("validation.request.path.missing")
                    && request.getMethod().name().equalsIgnoreCase(o.method()) && request.getPath().equals(o.path());
        }
        NullNotDocumented n = (NullNotDocumented) known;
        return (message, operation, request, response) -> {
            if (operation == null || response == null
                    || !message.getKey().equals("validation.response.body.schema.type")) {
                return false;
            }
            java.util.regex.Matcher m = NULL_AT.matcher(message.getMessage());
            if (!m.find()) {
                return false;
            }
            String[] owner = ownerOf(operation.getMethod().name(), operation.getApiPath().original(),
                    response.getStatus(), m.group(1));
            return owner != null && owner[0].equals(n.schema()) && owner[1].equals(n.property());
        };
    }

    private static final java.util.regex.Pattern NULL_AT = java.util.regex.Pattern.compile(
            "^\\[Path '([^']*)'\\] Instance type \\(null\\)");

    /**
     * The named schema and the property a JSON pointer into an answer lands on, following the documented answer's
     * schema ({@code $ref}s, array items, properties); null when it does not land on a property.
     */
    String[] ownerOf(String method, String template, int status, String pointer) {
        JsonNode content = document.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT))
                .path("responses").path(String.valueOf(status)).path("content");
        JsonNode schema = null;
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getKey().contains("json")) {
                schema = media.getValue().path("schema");
                break;
            }
        }
        if (schema == null) {
            return null;
        }
        String name = null;
        String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            // follow references (and a nullable reference: anyOf [ref, null])
            for (int guard = 0; guard < 20; guard++) {
                if (schema.has("$ref")) {
                    String ref = schema.get("$ref").asText();
                    name = ref.substring(ref.lastIndexOf('/') + 1);
                    schema = document.path("components").path("schemas").path(name);
                } else if (schema.has("anyOf") && schema.get("anyOf").size() == 2) {
                    JsonNode a = schema.get("anyOf").get(0);
                    schema = "null".equals(a.path("type").asText()) ? schema.get("anyOf").get(1) : a;
                } else {
                    break;
                }
            }
            if (schema.has("items")) {
                schema = schema.get("items");
                continue;
            }
            if (i == segments.length - 1) {
                return schema.path("properties").has(segments[i]) ? new String[] {name, segments[i]} : null;
            }
            schema = schema.path("properties").path(segments[i]);
            if (schema.isMissingNode()) {
                return null;
            }
        }
        return null;
    }

    final String gateway;
    /** The merged document as the gateway serves it (OpenAPI 3.1). */
    final JsonNode document;
    private final OpenApiInteractionValidator full;
    private final OpenApiInteractionValidator statusOnly;
    private final Path report;

    private ApiConformance(String gateway, String document31) {
        this.gateway = gateway;
        try {
            this.document = JSON.readTree(document31);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String document30 = OpenApi30.convert(document31);
        ValidationErrorsWhitelist whitelist = ValidationErrorsWhitelist.create();
        for (KnownMismatch m : KNOWN_MISMATCHES) {
            whitelist = whitelist.withRule(m.name(), rule(m));
        }
        this.full = OpenApiInteractionValidator.createForInlineApiSpecification(document30)
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        // What the tests send may be wrong on purpose ...
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // ... but it is a documented operation, asking for a documented media type.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.ERROR)
                        .build())
                .withWhitelist(whitelist)
                .build();
        this.statusOnly = OpenApiInteractionValidator.createForInlineApiSpecification(document30)
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.contentType", ValidationReport.Level.ERROR)
                        .build())
                .withWhitelist(whitelist)
                .build();
        this.report = Path.of(System.getProperty("tahub.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/target/conformance-report.md");
    }

    static ApiConformance of(String gateway, String mergedDocument) {
        return new ApiConformance(gateway, mergedDocument);
    }

    /** Checks every answer of the gateway's /api/v1 against the document; other requests pass untouched. */
    Filter filter() {
        return new GatewayFilter(full, false);
    }

    /** Only that the status is documented and the content type allowed (for answers to malformed input). */
    Filter sweepFilter() {
        return new GatewayFilter(statusOnly, true);
    }

    /** Fails, with every message, when the answer does not conform. */
    void check(Request request, Response response) {
        ValidationReport result = full.validate(request, response);
        if (result.hasErrors()) {
            AssertionError e = mismatch(request.getMethod() + " " + request.getPath(), response.getStatus(), result);
            if (!RECORD_ONLY) {
                throw e;
            }
        }
    }

    /** A request as the validator reads it, from what java.net.http sent. */
    static Request request(String method, URI uri, Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.forEach(b::withHeader);
        if (uri.getRawQuery() != null) {
            Map<String, List<String>> query = java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(kv -> !kv.isEmpty())
                    .map(kv -> kv.split("=", 2))
                    .collect(Collectors.groupingBy(kv -> decode(kv[0]), java.util.LinkedHashMap::new,
                            Collectors.mapping(kv -> kv.length > 1 ? decode(kv[1]) : "", Collectors.toList())));
            query.forEach(b::withQueryParam);
        }
        if (body != null) {
            b.withBody(body);
        }
        return b.build();
    }

    static Response response(int status, Map<String, List<String>> headers, byte[] body) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                b.withHeader(name, values);
            }
        });
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        return b.build();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private AssertionError mismatch(String what, int status, ValidationReport result) {
        String messages = result.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - " + m.getKey() + ": " + m.getMessage()
                        + (m.getNestedMessages().isEmpty() ? "" : m.getNestedMessages().stream()
                        .map(n -> "\n      " + n.getKey() + ": " + n.getMessage()).collect(Collectors.joining())))
                .collect(Collectors.joining("\n"));
        String text = what + " answered " + status + ", which the merged OpenAPI document does not describe:\n"
                + messages;
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, "- " + text.replace("\n", "\n  ") + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the assertion below says it all the same
        }
        return new AssertionError(text);
    }

    private final class GatewayFilter implements Filter {
        private final OpenApiInteractionValidator validator;
        /** Only the answer is looked at (the request, malformed on purpose, is not even parsed). */
        private final boolean answerOnly;

        GatewayFilter(OpenApiInteractionValidator validator, boolean answerOnly) {
            this.validator = validator;
            this.answerOnly = answerOnly;
        }

        @Override
        public io.restassured.response.Response filter(FilterableRequestSpecification request,
                FilterableResponseSpecification responseSpec, FilterContext context) {
            io.restassured.response.Response response = context.next(request, responseSpec);
            URI uri = URI.create(request.getURI());
            if (!request.getURI().startsWith(gateway + "/") || !uri.getRawPath().startsWith("/api/v1/")) {
                return response; // not the gateway's API (health, a service called around the gateway)
            }
            ValidationReport result = answerOnly
                    ? validator.validateResponse(uri.getRawPath(), Request.Method.valueOf(request.getMethod()),
                            RestAssuredResponse.of(response))
                    : validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
            if (result.hasErrors()) {
                AssertionError e = mismatch(request.getMethod() + " " + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + abbreviated(uri.getRawQuery())),
                        response.getStatusCode(), result);
                if (!RECORD_ONLY) {
                    throw e;
                }
            }
            return response;
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " characters)";
    }
}
