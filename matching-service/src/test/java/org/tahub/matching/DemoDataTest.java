package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demonstration providers and offers speak the catalogue's language: every activity exists, every offer's areas
 * include its activities' areas, ids are unique, and the file says it is demonstration data.
 */
class DemoDataTest {

    @Test
    void everyOfferNamesRealActivitiesAndIsMarkedAsDemonstration() throws IOException {
        JsonNode checklist = new ObjectMapper().readTree(Files.readString(Path.of("../instruments-service/src/main/resources/catalogue/checklist.json")));
        Set<String> activities = new HashSet<>();
        checklist.get("activities").forEach(a -> activities.add(a.get("code").asText()));
        JsonNode file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/providers-demo.json")) {
            file = new ObjectMapper().readTree(in);
        }
        assertThat(file.get("demonstration").asBoolean()).isTrue();
        Set<String> ids = new HashSet<>();
        int offers = 0;
        for (JsonNode p : file.get("providers")) {
            assertThat(ids.add(p.get("id").asText())).as("duplicate provider " + p.get("id")).isTrue();
            for (JsonNode o : p.get("offers")) {
                offers++;
                assertThat(ids.add(o.get("id").asText())).as("duplicate offer " + o.get("id")).isTrue();
                assertThat(o.get("id").asText()).startsWith(p.get("id").asText() + "-");
                Set<String> areas = new HashSet<>();
                o.get("areas").forEach(a -> areas.add(a.asText()));
                for (JsonNode a : o.get("activities")) {
                    assertThat(activities).as(o.get("id") + " names " + a).contains(a.asText());
                    assertThat(areas).as(o.get("id") + " lacks the area of " + a).contains(a.asText().split("\\.")[0]);
                }
            }
        }
        assertThat(offers).isGreaterThanOrEqualTo(60);
    }
}
