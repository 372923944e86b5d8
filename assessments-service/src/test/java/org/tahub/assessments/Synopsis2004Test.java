package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.assessments.reference.Synopsis2004Import;
import jakarta.inject.Inject;

/**
 * The 2004 synopsis (52 states, 180 requests) is each of those states' 2004 assessment, public, citing its source,
 * and browsable per state; loading it again changes nothing.
 */
@QuarkusTest
class Synopsis2004Test {

    @Inject
    Synopsis2004Import synopsis;

    @Test
    void the52StatesOf2004HaveTheirRequestsAsNeeds() {
        var page = Callers.analyst().queryParam("origin", "ctc-synopsis-2004").queryParam("size", "100")
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(52);
        assertThat(page.getList("items.needs", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(180);
        assertThat(page.getList("items.period", Integer.class)).containsOnly(2004);

        String algeria = Callers.provider("unodc-tpb").queryParam("state", "DZA").queryParam("period", "2004")
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items[0].id");
        Callers.provider("unodc-tpb").get("/api/v1/assessments/" + algeria).then().statusCode(200)
                .body("visibility", equalTo("PUBLIC"), "source", containsString("Synopsis of assistance requirements"),
                        "statements[0].text", equalTo("Exchange of data and information on terrorist networks"),
                        "statements[0].areas", equalTo(List.of("VII")));
        Callers.state("DZA").queryParam("state", "DZA").get("/api/v1/needs").then().statusCode(200)
                .body("items[0].kind", equalTo("statement"), "items[0].period", equalTo(2004),
                        "items[0].id", startsWith("statement:"));
    }

    @Test
    void aStateConfirmsIts2004RequestsInANewAssessmentThatHoldsThemAsStatements() {
        Checklist.ensurePublished(); // the new draft's tags are checked against the checklist
        String requests = Callers.analyst().queryParam("state", "TUV").queryParam("period", "2004")
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items[0].id");
        var before = Callers.analyst().get("/api/v1/assessments/" + requests).then().statusCode(200).extract()
                .jsonPath();
        String path = "/api/v1/assessments/" + requests + "/confirmations";

        // Another state's focal point does not see it: the same answer as for an id that does not exist.
        Callers.state("TTO").body(java.util.Map.of("period", 2026)).post(path).then().statusCode(404)
                .contentType("application/problem+json");
        Callers.state("TUV").body(java.util.Map.of()).post(path).then().statusCode(422)
                .contentType("application/problem+json");
        var draft = Callers.state("TUV").body(java.util.Map.of("period", 2026, "visibility", "PROVIDERS")).post(path)
                .then().statusCode(201).header("Location", containsString("/api/v1/assessments/"))
                .body("status", equalTo("DRAFT"), "origin", equalTo("self-assessment"), "period", equalTo(2026),
                        "visibility", equalTo("PROVIDERS"))
                .extract().jsonPath();
        assertThat(draft.getList("statements.text")).isEqualTo(before.getList("statements.text"));
        assertThat(draft.getList("statements.areas")).isEqualTo(before.getList("statements.areas"));
        Callers.state("TUV").body(java.util.Map.of("period", 2026)).post(path).then().statusCode(409)
                .contentType("application/problem+json");
        Callers.state("TUV").body(java.util.Map.of("period", 2025))
                .post("/api/v1/assessments/" + draft.getString("id") + "/confirmations").then().statusCode(409)
                .body("detail", containsString("2004 requests"));

        // Submitted, the requests are the state's current needs again; the 2004 assessment is superseded.
        Callers.state("TUV").post("/api/v1/assessments/" + draft.getString("id") + "/submit").then().statusCode(200);
        Callers.analyst().get("/api/v1/assessments/" + requests).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"));
        assertThat(Callers.analyst().queryParam("state", "TUV").get("/api/v1/needs").then().statusCode(200)
                .extract().jsonPath().getList("items.period", Integer.class)).isNotEmpty().containsOnly(2026);
    }

    @Test
    void loadingItAgainChangesNothing() {
        assertThat(synopsis.importAll()).isZero();
    }
}
