package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.tahub.gateway.deadletters.DeadLetters;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/** An admin lists what a consumer could not process, with the reason, and replays it to where it came from. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class DeadLettersTest {

    private static final String DLQ = "tahub.catalogue.v1.dlq.test-consumer";

    @Test
    void anAdminListsADeadLetterWithItsReasonAndReplaysIt() throws Exception {
        String marker = "dead letter " + UUID.randomUUID();
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaTestResource.shared().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> r = new ProducerRecord<>(DLQ, "IX.2", marker);
            Map.of("dead-letter-topic", "tahub.catalogue.v1", "dead-letter-partition", "0", "dead-letter-offset", "41",
                    "dead-letter-reason", "not a CloudEvents 1.0 JSON envelope")
                    .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(r).get();
        }
        var list = given().header("X-API-Key", StubServices.ADMIN_KEY).queryParam("topic", DLQ)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> letters = list.getList("$");
        Map<String, Object> letter = letters.stream().filter(l -> marker.equals(l.get("value"))).findFirst().orElseThrow();
        assertThat(letter).containsEntry("originalTopic", "tahub.catalogue.v1")
                .containsEntry("reason", "not a CloudEvents 1.0 JSON envelope").containsEntry("key", "IX.2");

        // Listed with all the others too (the admin's first look, without naming a topic), newest first.
        List<Map<String, Object>> all = given().header("X-API-Key", StubServices.ADMIN_KEY)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(all).anySatisfy(l -> assertThat(l).containsEntry("value", marker));
        given().header("X-API-Key", StubServices.ADMIN_KEY).queryParam("limit", "")
                .get("/api/v1/admin/dead-letters").then().statusCode(200);

        // Only an admin sees them.
        given().get("/api/v1/admin/dead-letters").then().statusCode(401);

        try (TopicReader original = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.catalogue.v1")) {
            given().header("X-API-Key", StubServices.ADMIN_KEY)
                    .post("/api/v1/admin/dead-letters/" + DLQ + "/" + letter.get("partition") + "/" + letter.get("offset") + "/replay")
                    .then().statusCode(200).body("originalTopic", equalTo("tahub.catalogue.v1"));
            var replayed = original.await(r -> marker.equals(r.value()), Duration.ofSeconds(30));
            assertThat(new String(replayed.headers().lastHeader(DeadLetters.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
                    .startsWith(DLQ + "/");
            assertThat(replayed.key()).isEqualTo("IX.2");
        }
        given().header("X-API-Key", StubServices.ADMIN_KEY).post("/api/v1/admin/dead-letters/" + DLQ + "/0/999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-API-Key", StubServices.ADMIN_KEY).post("/api/v1/admin/dead-letters/tahub.catalogue.v1/0/0/replay")
                .then().statusCode(400);
    }
}
