package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An assessment and the needs list as CSV; a cell a spreadsheet would run as a formula is neutralised. */
@QuarkusTest
class ExportCsvTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void anAssessmentAndItsNeedsExportAsCsv() {
        String id = Callers.state("MLT").body(Map.of("period", 2026, "answers", List.of(
                        Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH",
                                "narrative", "=HYPERLINK(\"http://evil.example\")")),
                "statements", List.of(Map.of("text", "Training of prosecutors, in English, \"urgently\"")))).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        Callers.state("MLT").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);

        String csv = Callers.state("MLT").accept("text/csv").get("/api/v1/assessments/" + id)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("state,period,revision,status,kind,code,area,implementation,basis,"
                + "assistance_needed,priority,text,evidence,language");
        assertThat(lines).anyMatch(l -> l.startsWith("MLT,2026,1,SUBMITTED,activity,V.4,V,NOT_IMPLEMENTED,,true,HIGH,\"'=HYPERLINK"));
        assertThat(lines).anyMatch(l -> l.contains("\"Training of prosecutors, in English, \"\"urgently\"\"\",,en"));

        String needs = Callers.state("MLT").accept("text/csv").queryParam("state", "MLT").get("/api/v1/needs")
                .then().statusCode(200).header("X-Total-Count", "2").extract().asString();
        assertThat(needs.lines().toList()).hasSize(3);
        assertThat(needs.lines().skip(1).findFirst().orElseThrow()).startsWith("MLT,Malta,150,2026," + id + ",SUBMITTED,activity:V.4,activity,V.4,V,HIGH");
        assertThat(needs.lines().toList().get(0)).endsWith(",text,language");
        assertThat(needs.lines().toList().get(2)).as("the statement, its language detected").endsWith(",en");
    }
}
