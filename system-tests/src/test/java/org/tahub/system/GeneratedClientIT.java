package org.tahub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tahub.client.ApiClient;
import org.tahub.client.ApiException;
import org.tahub.client.api.AssessmentsApi;
import org.tahub.client.api.ChecklistApi;
import org.tahub.client.api.ClassificationApi;
import org.tahub.client.api.InstrumentsApi;
import org.tahub.client.model.ActivityView;
import org.tahub.client.model.AnswerInput;
import org.tahub.client.model.AssessmentInput;
import org.tahub.client.model.AssessmentView;
import org.tahub.client.model.ClassifyRequest;
import org.tahub.client.model.InstrumentPage;
import org.tahub.client.model.InstrumentView;
import org.tahub.client.model.NeedView;
import org.tahub.client.model.Problem;
import org.tahub.client.model.StatementInput;

/**
 * A partner's integration, written against the Java client the build generates from the merged OpenAPI document
 * (openapi-generator, library native: java.net.http and Jackson): it reads the catalogue, classifies a text, and, as
 * Kenya's focal point with the key up.sh wrote to credentials.env, submits an assessment and reads its needs. Every
 * exchange is also checked against the document the gateway serves ({@link CheckedHttpClient}); and the document
 * the client was generated from is the one the gateway serves, but for the gateway's own administration.
 */
@ExtendWith(SharedStack.class)
class GeneratedClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static ApiConformance conformance;

    @BeforeAll
    static void up(LocalStack shared, ApiConformance sharedConformance) {
        stack = shared;
        conformance = sharedConformance;
    }

    /** The generated client, on the gateway, with this key; every exchange checked against the document. */
    private static ApiClient client(String key) {
        ApiClient client = new ApiClient() {
            private final HttpClient checked = new CheckedHttpClient(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5)).build(), conformance);

            @Override
            public HttpClient getHttpClient() {
                return checked;
            }
        };
        client.updateBaseUri(stack.gateway());
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        return client;
    }

    @Test
    void theClientIsGeneratedFromTheDocumentTheGatewayServes() throws Exception {
        JsonNode built = JSON.readTree(Files.readString(Path.of(System.getProperty("tahub.openapi.document",
                stack.root.resolve("system-tests/target/openapi/tahub-api.json").toString()))));
        assertThat(operations(built)).isNotEmpty()
                .isEqualTo(operations(conformance.document).entrySet().stream()
                        // the gateway's own operations exist only in the running gateway
                        .filter(e -> !e.getKey().startsWith("/api/v1/admin") && !e.getKey().equals("/api/v1/openapi")
                                && !e.getKey().equals("/api/v1/me"))
                        .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        // Every schema of the built document is served as built (the served one adds the gateway's own).
        built.path("components").path("schemas").properties().forEach(s -> assertThat(
                conformance.document.path("components").path("schemas").path(s.getKey())).as("schema %s", s.getKey())
                .isEqualTo(s.getValue()));
    }

    private static Map<String, TreeSet<String>> operations(JsonNode document) {
        Map<String, TreeSet<String>> operations = new TreeMap<>();
        document.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            if (m.getValue().has("responses")) {
                operations.computeIfAbsent(p.getKey(), k -> new TreeSet<>()).add(m.getKey());
            }
        }));
        return operations;
    }

    @Test
    void aPartnerReadsTheCatalogueAndClassifiesATextWithTheGeneratedClient() throws Exception {
        ApiClient admin = client(stack.adminKey);
        ChecklistApi checklist = new ChecklistApi(admin);
        assertThat(checklist.apiV1AreasGet(null)).hasSize(11).first()
                .satisfies(a -> assertThat(a.getCode()).isEqualTo("I"));
        ActivityView v4 = checklist.apiV1ActivitiesCodeGet("V.4", null);
        assertThat(v4.getCode()).isEqualTo("V.4");
        assertThat(v4.getArea()).isEqualTo("V");
        assertThat(v4.getTitle()).isNotBlank();
        assertThat(v4.getLanguage()).isEqualTo("en");
        // The language is the client's to ask (Accept-Language, a parameter of the generated method).
        ActivityView v4InSpanish = checklist.apiV1ActivitiesCodeGet("V.4", "es");
        assertThat(v4InSpanish.getLanguage()).isEqualTo("es");
        assertThat(v4InSpanish.getTranslation()).isEqualTo("unofficial translation");
        assertThat(v4InSpanish.getTitle()).isNotEqualTo(v4.getTitle());

        InstrumentsApi instruments = new InstrumentsApi(admin);
        InstrumentPage partA = instruments.apiV1InstrumentsGet(null, null, null, null, null, 0, "A",
                null, null, null, 20, null, null, null, null, null);
        assertThat(partA.getItems()).hasSize(20).allSatisfy(i -> assertThat(i.getPart()).isEqualTo("A"));
        assertThat(partA.getTotal()).isGreaterThanOrEqualTo(20L);
        // Through the gateway, in French: the 1999 Convention's official French title, with where it was read.
        InstrumentView financing = instruments.apiV1InstrumentsSlugGet("terrorist-financing-convention-1999", "fr");
        assertThat(financing.getLanguage()).isEqualTo("fr");
        assertThat(financing.getTitle()).isEqualTo("Convention internationale pour la répression du financement du "
                + "terrorisme");
        assertThat(financing.getTitleSource().getUrl()).startsWith("https://");
        assertThat(financing.getOfficialTitles()).containsKeys("fr", "es", "ru", "zh");

        var classification = new ClassificationApi(client(stack.credentials().get("TAHUB_ANALYST_KEY")))
                .apiV1ClassifyPost(new ClassifyRequest().text("Assistance in setting up a Financial Intelligence Unit"));
        assertThat(classification.getActivities()).isNotEmpty();
        assertThat(classification.getActivities().get(0).getCode()).isEqualTo("V.4");
        assertThat(classification.getAreas().get(0).getCode()).isEqualTo("V");

        // A client error comes back as the document's Problem, typed.
        assertThatThrownBy(() -> checklist.apiV1ActivitiesCodeGet("XIV.1", null)).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    Problem problem = readProblem(admin, e);
                    assertThat(problem.getStatus()).isEqualTo(404);
                    assertThat(problem.getTitle()).isNotBlank();
                });
    }

    @Test
    void kenyasFocalPointSubmitsAnAssessmentAndReadsItsNeedsWithTheGeneratedClient() throws Exception {
        ApiClient kenya = client(stack.credentials().get("TAHUB_STATE_KEY"));
        AssessmentsApi assessments = new AssessmentsApi(kenya);
        // 2023: a period no other system test assesses for Kenya.
        AssessmentView draft = assessments.apiV1AssessmentsPost(new AssessmentInput()
                .period(2023)
                .visibility(AssessmentInput.VisibilityEnum.PROVIDERS)
                .addAnswersItem(new AnswerInput().activity("V.4")
                        .status(AnswerInput.StatusEnum.PARTIALLY_IMPLEMENTED)
                        .assistanceNeeded(true)
                        .priority(AnswerInput.PriorityEnum.HIGH)
                        .narrative("The financial intelligence unit exists in law; no analyst is trained yet."))
                .addStatementsItem(new StatementInput().text("Training for customs officers on cash couriers")));
        assertThat(draft.getState()).isEqualTo("KEN");
        assertThat(draft.getPeriod()).isEqualTo(2023);
        assertThat(draft.getStatus()).isEqualTo("DRAFT");

        AssessmentView submitted = assessments.apiV1AssessmentsIdSubmitPost(draft.getId());
        assertThat(submitted.getStatus()).isEqualTo("SUBMITTED");
        assertThat(assessments.apiV1AssessmentsIdGet(draft.getId()).getAnswers())
                .singleElement().satisfies(a -> assertThat(a.getActivity()).isEqualTo("V.4"));

        // The generated operation for the needs is typed as a String (the document lists text/csv before
        // application/json), so the needs are read with the client's own HTTP client and mapper, as NeedView.
        List<NeedView> needs = needsOf(kenya, draft.getId());
        assertThat(needs).extracting(NeedView::getId).containsExactly("activity:V.4", "statement:1");
        assertThat(needs).allSatisfy(n -> {
            assertThat(n.getState()).isEqualTo("KEN");
            assertThat(n.getPeriod()).isEqualTo(2023);
            assertThat(n.getAssessmentId()).isEqualTo(draft.getId());
        });
        assertThat(needs.get(0).getPriority()).isEqualTo("HIGH");

        // Another state's key cannot see it: it does not exist for Uganda.
        String uganda = issueStateKey("UGA");
        assertThatThrownBy(() -> new AssessmentsApi(client(uganda)).apiV1AssessmentsIdGet(draft.getId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> assessments.apiV1AssessmentsIdGet(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private static List<NeedView> needsOf(ApiClient client, UUID assessment) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + "/api/v1/assessments/"
                + assessment + "/needs")).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET();
        client.getRequestInterceptor().accept(request);
        HttpResponse<String> response = client.getHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return client.getObjectMapper().readValue(response.body(), new TypeReference<List<NeedView>>() {
        });
    }

    private static Problem readProblem(ApiClient client, ApiException e) {
        assertThat(e.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }

    private static String issueStateKey(String iso3) {
        return io.restassured.RestAssured.given().header("X-API-Key", stack.adminKey)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", iso3 + " focal point (generated client)", "role", "state", "state", iso3))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
    }
}
