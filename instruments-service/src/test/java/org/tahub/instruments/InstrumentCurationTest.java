package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.identity.CallerTokens;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * Curators add, change and retire instruments: validated whole, guarded by ETags, audited, and published on the
 * real broker; a retired instrument stays readable.
 */
@QuarkusTest
class InstrumentCurationTest {

    private static Map<String, Object> warsawConvention(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("part", "A");
        body.put("section", "A.4");
        body.put("title", "Council of Europe Convention on the Prevention of Terrorism");
        body.put("shortName", "Warsaw Convention");
        body.put("kind", "convention");
        body.put("scope", "regional");
        body.put("adoptingBody", "COE");
        body.put("adoptedOn", "2005-05-16");
        body.put("adoptedYear", 2005);
        body.put("adoptedAt", "Warsaw");
        body.put("areas", List.of("III", "VII"));
        body.put("activities", List.of("III.A.7.6", "III.A.7.9", "III.A.7.10"));
        body.put("keywords", List.of("public provocation", "recruitment", "training for terrorism"));
        return body;
    }

    @Test
    void createChangeRetireEachAuditedAndPublished() {
        String slug = "coe-prevention-of-terrorism-convention-2005-a";
        String etag = given().contentType(ContentType.JSON).header(CallerTokens.HEADER, Callers.curator("curator-1"))
                .body(warsawConvention(slug)).post("/api/v1/instruments").then().statusCode(201)
                .header("Location", endsWith("/api/v1/instruments/" + slug))
                .body("status", equalTo("ACTIVE")).extract().header("ETag");

        Map<String, Object> changed = warsawConvention(slug);
        changed.put("entryIntoForce", "2007-06-01");
        changed.put("citation", "CETS No. 196");
        etag = given().contentType(ContentType.JSON).header("If-Match", etag).header(CallerTokens.HEADER, Callers.curator("curator-2"))
                .body(changed).put("/api/v1/instruments/" + slug).then().statusCode(200)
                .body("entryIntoForce", equalTo("2007-06-01")).extract().header("ETag");

        given().header("If-Match", etag).header(CallerTokens.HEADER, Callers.curator("curator-3"))
                .post("/api/v1/instruments/" + slug + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().get("/api/v1/instruments/" + slug).then().statusCode(200).body("status", equalTo("RETIRED"));
        given().queryParam("status", "ACTIVE").queryParam("q", "Warsaw").get("/api/v1/instruments").then()
                .body("items.slug", org.hamcrest.Matchers.not(hasItems(slug)));

        given().get("/api/v1/instruments/" + slug + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "retired"))
                .body("changedBy", contains("curator-1", "curator-2", "curator-3"))
                .body("[1].changes.entryIntoForce.from", equalTo(null))
                .body("[1].changes.entryIntoForce.to", equalTo("2007-06-01"));

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.catalogue.v1")) {
            for (String type : List.of("created", "updated", "retired")) {
                var record = topic.await(r -> slug.equals(r.key())
                        && r.value().contains("tahub.catalogue.instrument." + type), Duration.ofSeconds(20));
                EventEnvelope event = EventCodec.read(record.value());
                assertThat(EventSchemas.violations(event)).isEmpty();
                if (type.equals("retired")) {
                    assertThat(EventCodec.data(event, InstrumentV1.class).status().name()).isEqualTo("RETIRED");
                }
            }
            List<String> order = topic.seen().stream().filter(r -> slug.equals(r.key()))
                    .map(r -> EventCodec.read(r.value()).type()).toList();
            assertThat(order).containsExactly("tahub.catalogue.instrument.created",
                    "tahub.catalogue.instrument.updated", "tahub.catalogue.instrument.retired");
        }
    }

    @Test
    void anInvalidInstrumentIsRefusedWholeWithEveryFieldNamed() {
        Map<String, Object> body = warsawConvention("coe-prevention-of-terrorism-convention-2005-b");
        body.put("scope", "galactic");
        body.put("adoptedYear", 2004);
        body.put("activities", List.of("V.4", "V.9"));
        body.put("title", "");
        body.put("relations", List.of(Map.of("type", "supplements", "target", "no-such-instrument")));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("body.scope", "body.title"));
        body.put("scope", "regional");
        body.put("title", "Council of Europe Convention on the Prevention of Terrorism");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(422)
                .body("errors.field", hasItems("body.adoptedYear", "body.activities", "body.relations[0].target"));
        given().get("/api/v1/instruments/coe-prevention-of-terrorism-convention-2005-b").then().statusCode(404);
    }

    @Test
    void aNullListElementIsRefusedNamingItsPlace() {
        Map<String, Object> body = warsawConvention("coe-prevention-of-terrorism-convention-2005-d");
        body.put("relations", java.util.Arrays.asList(null, Map.of("type", "supplements", "target", "hostages-convention-1979")));
        body.put("keywords", java.util.Arrays.asList("recruitment", null));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("body.relations[0]", "body.keywords[1]"));
        given().get("/api/v1/instruments/coe-prevention-of-terrorism-convention-2005-d").then().statusCode(404);
    }

    @Test
    void aCompendiumReferenceTooLargeToSortIsRefusedAndSearchKeepsWorking() {
        Map<String, Object> body = warsawConvention("coe-prevention-of-terrorism-convention-2005-e");
        body.put("compendiumRef", "A.99999999999");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("body.compendiumRef"));
        given().get("/api/v1/instruments").then().statusCode(200);
        given().queryParam("sort", "compendiumRef").get("/api/v1/instruments").then().statusCode(200);
    }

    @Test
    void datesOutsideTheYearsOfTheCatalogueAreRefused() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1850-01-01", "2300-01-01")) {
            Map<String, Object> body = warsawConvention("coe-prevention-of-terrorism-convention-2005-f");
            body.put("entryIntoForce", date);
            given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.field", hasItems("body.entryIntoForce"));
        }
        given().get("/api/v1/instruments/coe-prevention-of-terrorism-convention-2005-f").then().statusCode(404);
    }

    @Test
    void concurrentEditsDoNotOverwriteEachOther() {
        String slug = "coe-prevention-of-terrorism-convention-2005-c";
        String etag = given().contentType(ContentType.JSON).body(warsawConvention(slug)).post("/api/v1/instruments")
                .then().statusCode(201).extract().header("ETag");
        Map<String, Object> first = warsawConvention(slug);
        first.put("citation", "CETS No. 196");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(first)
                .put("/api/v1/instruments/" + slug).then().statusCode(200);
        Map<String, Object> second = warsawConvention(slug);
        second.put("adoptedAt", "Varsovie");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(second)
                .put("/api/v1/instruments/" + slug).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(warsawConvention(slug)).post("/api/v1/instruments").then()
                .statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/instruments/" + slug).then().body("adoptedAt", equalTo("Warsaw"))
                .body("citation", equalTo("CETS No. 196"));
    }
}
