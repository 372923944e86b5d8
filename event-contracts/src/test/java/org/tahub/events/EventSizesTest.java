package org.tahub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every event type keeps to the size it promises (docs/events.md, "Sizes"): its worst case, worked out from its
 * schemas alone, is within {@link EventType#maxBytes()}, which is at most the 64 KiB CloudEvents asks intermediaries
 * to forward, except for the types the docs list as too large; and the docs give every type's bound as the code does.
 */
class EventSizesTest {

    /** CloudEvents 1.0, "Size Limits": intermediaries must forward events of this size or less. */
    private static final int CLOUDEVENTS_FORWARDED = 64 * 1024;
    /** Larger than CloudEvents' limit, each for the reason docs/events.md gives. */
    private static final Set<EventType> TOO_LARGE = EnumSet.of(EventType.ASSESSMENT_SUBMITTED,
            EventType.ASSESSMENT_SUBMITTED_V2, EventType.MATCH_PROPOSED);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noEventIsLargerThanItsTypePromises(EventType type) {
        WorstCaseSize worst = new WorstCaseSize();
        long size = worst.event(type);
        assertThat(worst.unbounded()).as("what the schemas of %s leave unbounded", type.type()).isEmpty();
        assertThat(size).as("worst case of %s", type.type()).isLessThanOrEqualTo(type.maxBytes());
        if (!TOO_LARGE.contains(type)) {
            assertThat(type.maxBytes()).as("bound of %s", type.type()).isLessThanOrEqualTo(CLOUDEVENTS_FORWARDED);
        }
    }

    @Test
    void theDocsGiveEveryTypesBound() throws IOException {
        String docs = Files.readString(Path.of("../docs/events.md"));
        String sizes = docs.substring(docs.indexOf("## Sizes"), docs.indexOf("\n## ", docs.indexOf("## Sizes") + 1));
        Map<String, String> documented = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(tahub\\.[a-z0-9.\\-]+)` \\| ([0-9,]+ KiB) \\|").matcher(sizes);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        for (EventType type : EventType.values()) {
            assertThat(documented.remove(type.type())).as("bound of %s in docs/events.md", type.type())
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%,d KiB", type.maxBytes() / 1024));
        }
        assertThat(documented).as("bounds of types that do not exist").isEmpty();
    }

    @Test
    void aStringWithoutALengthHasNoWorstCase() {
        WorstCaseSize worst = new WorstCaseSize();
        com.fasterxml.jackson.databind.JsonNode schema = EventCodec.mapper().createObjectNode()
                .put("type", "object").put("additionalProperties", false)
                .set("properties", EventCodec.mapper().createObjectNode().set("name",
                        EventCodec.mapper().createObjectNode().put("type", "string")));
        assertThat(worst.size(schema)).isEqualTo(2 + "\"name\":".length() + 1);
        assertThat(worst.unbounded()).containsExactly("/name: a string without maxLength");
    }
}
