package org.tahub.edge.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A partner's JSON is read as written: no silent coercion between types, no control characters in text. */
class StrictJsonTest {

    record Offer(String title, Integer capacity, Boolean remote, List<String> tags) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aBooleanOrANumberIsNotAString() {
        assertThatThrownBy(() -> mapper().readValue("{\"title\": false}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper().readValue("{\"title\": 0}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper().readValue("{\"tags\": [1.5]}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aStringIsNotANumberNorABoolean() {
        assertThatThrownBy(() -> mapper().readValue("{\"capacity\": \"12\"}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper().readValue("{\"remote\": \"true\"}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper().readValue("{\"capacity\": 1.5}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void textWithAControlCharacterIsRefusedButTabsAndNewLinesAreText() throws Exception {
        assertThatThrownBy(() -> mapper().readValue("{\"title\": \"FIU\\u0000\"}", Offer.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("control character (U+0000)");
        assertThatThrownBy(() -> mapper().readValue("{\"tags\": [\"a\\u001b\"]}", Offer.class))
                .isInstanceOf(JsonProcessingException.class);
        Offer ok = mapper().readValue("{\"title\": \"Line one\\n\\tLine two\", \"capacity\": 3, \"remote\": true,"
                + " \"tags\": [\"fiu\"]}", Offer.class);
        assertThat(ok).isEqualTo(new Offer("Line one\n\tLine two", 3, true, List.of("fiu")));
    }

    @Test
    void controlCharactersAreFoundWhereverTheyAre() {
        assertThat(ControlCharacters.firstIn("plain text, accents é and ضوء")).isEqualTo(-1);
        assertThat(ControlCharacters.firstIn("a\u007fb")).isEqualTo(1);
        assertThat(ControlCharacters.firstIn("\u0000")).isZero();
    }
}
