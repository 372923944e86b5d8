package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tahub.identity.CallerTokens;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * A curator changes an activity's wording: optimistic concurrency protects concurrent edits, invalid bodies are
 * refused whole, and the change is published on the real broker for the other services.
 */
@QuarkusTest
class ActivityCurationTest {

    private static final String CODE = "X.4";

    @Test
    void anUpdatePublishesTheNewStateOnTheCatalogueTopic() {
        String etag = given().get("/api/v1/activities/" + CODE).then().statusCode(200).extract().header("ETag");
        String title = "Train, exchange information, participate in and organize joint training seminars";
        int version = given().contentType(ContentType.JSON).header("If-Match", etag)
                .header(CallerTokens.HEADER, Callers.curator("curator-test"))
                .body(Map.of("title", title, "description", "Joint training, including language training.",
                        "keywords", List.of("joint training", "seminars", "language training")))
                .put("/api/v1/activities/" + CODE).then().statusCode(200)
                .body("title", equalTo(title)).body("updatedBy", equalTo("curator-test"))
                .extract().path("version");

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.catalogue.v1")) {
            ConsumerRecord<String, String> record = topic.await(r -> CODE.equals(r.key())
                    && r.value().contains("tahub.catalogue.activity.updated")
                    && r.value().contains("joint training"), Duration.ofSeconds(20));
            EventEnvelope event = EventCodec.read(record.value());
            assertThat(EventSchemas.violations(event)).isEmpty();
            assertThat(event.subject()).isEqualTo("activities/" + CODE);
            assertThat(event.source()).isEqualTo("/tahub/instruments-service");
            ActivityV1 payload = EventCodec.data(event, ActivityV1.class);
            assertThat(payload.title()).isEqualTo(title);
            assertThat(payload.version()).isEqualTo(version);
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
        }
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Something"))
                .put("/api/v1/activities/X.5").then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of("title", "Something"))
                .put("/api/v1/activities/X.5").then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/activities/X.5").then().body("title", org.hamcrest.Matchers.not(equalTo("Something")));
    }

    @Test
    void anInvalidBodyListsEveryOffendingFieldAndChangesNothing() {
        String etag = given().get("/api/v1/activities/X.6").then().extract().header("ETag");
        String before = given().get("/api/v1/activities/X.6").then().extract().path("title");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", " ", "description", "x".repeat(5000)))
                .put("/api/v1/activities/X.6").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("body.title", "body.description"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"title\": ")
                .put("/api/v1/activities/X.6").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/activities/X.6").then().body("title", equalTo(before)).header("ETag", etag);
    }

    @Test
    void aForgedIdentityIsRefused() {
        String forged = new org.tahub.identity.CallerTokens("someone-elses-secret-of-at-least-32-bytes")
                .sign(new org.tahub.identity.Caller("mallory", "admin", null, null), "instruments-service",
                        Duration.ofMinutes(1));
        given().header(CallerTokens.HEADER, forged).get("/api/v1/activities/X.4").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownActivityCannotBeUpdated() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "New"))
                .put("/api/v1/activities/XI.99").then().statusCode(404).contentType("application/problem+json");
    }
}
