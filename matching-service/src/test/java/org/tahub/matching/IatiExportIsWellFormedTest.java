package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.StateProfileV1;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The IATI export of an engagement whose texts hold characters XML 1.0 does not allow (here the state's name as its
 * assessment described it) is a well-formed document a real XML parser reads, with those characters left out.
 */
@QuarkusTest
class IatiExportIsWellFormedTest {

    private static final StateProfileV1 TIMOR_LESTE = new StateProfileV1("TLS", "TL",
            "Timor\u0001-Leste\u000B\u001F\uFFFE", "142", "035", List.of("en"), "civil-law", List.of("UN"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void anEngagementWhoseTextsHoldControlCharactersIsExportedAsWellFormedXml() throws Exception {
        String assessment = Submissions.submit(TIMOR_LESTE, "PROVIDERS",
                List.of(Submissions.activity("V.4", "HIGH", "No analysts\u0007 in the financial intelligence unit.")), List.of());
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(), j -> j.getList("items") != null && !j.getList("items").isEmpty());
        String match = proposals.getString("items[0].id");
        String provider = proposals.getString("items[0].providerId");
        Callers.provider(provider).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        Callers.state("TLS").post("/api/v1/matches/" + match + "/agree").then().statusCode(200);

        String xml = Callers.analyst().queryParam("state", "TLS").queryParam("format", "iati").get("/api/v1/engagements")
                .then().statusCode(200).contentType("application/xml").extract().asString();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList countries = doc.getElementsByTagName("recipient-country");
        assertThat(countries.getLength()).isEqualTo(1);
        assertThat(countries.item(0).getTextContent()).isEqualTo("Timor-Leste");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).endsWith("(Timor-Leste)");
    }
}
