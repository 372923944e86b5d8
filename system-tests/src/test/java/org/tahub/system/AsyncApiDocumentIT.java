package org.tahub.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventSchemas;
import org.tahub.events.EventType;

/**
 * docs/asyncapi.yaml as the official AsyncAPI parser (@asyncapi/parser, installed by the build) reads it: valid, with
 * one message per event type TA Hub publishes, on the channel of its topic, whose payload is the CloudEvents envelope
 * with that type and its data schema, said to be JSON Schema 2020-12; deprecated exactly when the type is; its
 * examples of its own type, honouring the schemas. A liaison system can generate its consumer from it.
 */
class AsyncApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_FORMAT = "application/schema+json;version=2020-12";

    private static JsonNode parsed;

    @BeforeAll
    static void parse() throws IOException, InterruptedException {
        Path script = Path.of("target/asyncapi-parser/parse.mjs");
        assertThat(script).as("the parser, installed by src/test/sh/asyncapi-parser.sh").exists();
        Path output = Files.createTempFile("asyncapi", ".json");
        Process node = new ProcessBuilder("node", script.toString(), Path.of("../docs/asyncapi.yaml").toString())
                .redirectOutput(output.toFile()).redirectErrorStream(false).start();
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the parser ended within 120 s").isTrue();
        String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.exitValue()).as("the parser's exit (%s)", errors).isZero();
        parsed = JSON.readTree(Files.readString(output));
        Files.delete(output);
    }

    @Test
    void theParserFindsNothingToSay() {
        List<String> said = new ArrayList<>();
        parsed.path("diagnostics").forEach(d -> said.add(d.path("severity").asInt() + " " + d.path("code").asText()
                + ": " + d.path("message").asText() + " at " + d.path("path")));
        assertThat(said).as("errors, warnings, information and hints of the parser").isEmpty();
    }

    @Test
    void everyTypePublishedHasItsOwnMessageOnItsTopicWithItsDataSchema() {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode m : parsed.path("messages")) {
            assertThat(byName.put(m.path("name").asText(), m)).as("messages named %s", m.path("name").asText()).isNull();
        }
        for (EventType type : EventType.values()) {
            JsonNode m = byName.remove(type.type());
            assertThat(m).as("the message of %s", type.type()).isNotNull();
            assertThat(m.path("channel").asText()).as("channel of %s", type).isEqualTo(type.topic().topicName());
            assertThat(m.path("schemaFormat").asText()).as("schemaFormat of %s", type).isEqualTo(SCHEMA_FORMAT);
            assertThat(m.path("envelope").asText()).isEqualTo("https://schemas.tahub.org/cloudevent.v1.json");
            assertThat(m.path("type").asText()).as("the envelope's type in %s", type).isEqualTo(type.type());
            assertThat(m.path("dataschema").asText()).as("dataschema of %s", type).isEqualTo(type.dataschema());
            assertThat(m.path("data").asText()).as("the data schema %s refers to", type).isEqualTo(type.dataschema());
            assertThat(m.path("deprecated").asBoolean()).as("%s deprecated", type).isEqualTo(type.deprecated());
        }
        assertThat(byName.keySet()).as("messages of no type TA Hub publishes").isEmpty();
    }

    @Test
    void everyExampleIsAnEventOfItsMessagesTypeThatHonoursItsSchemas() throws IOException {
        int examples = 0;
        for (JsonNode m : parsed.path("messages")) {
            for (JsonNode example : m.path("examples")) {
                var event = EventCodec.read(JSON.writeValueAsString(example));
                assertThat(event.type()).as("example of %s", m.path("name").asText()).isEqualTo(m.path("name").asText());
                assertThat(EventSchemas.violations(event)).as("example of %s", event.type()).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(10);
    }
}
