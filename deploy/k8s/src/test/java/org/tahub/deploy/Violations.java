package org.tahub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a check found wrong, one line each, naming the file, the resource and the field. */
final class Violations {

    private final List<String> lines = new ArrayList<>();

    void add(Manifests.Document document, String message) {
        lines.add(document + ": " + message);
    }

    void add(String message) {
        lines.add(message);
    }

    void addAll(List<String> more) {
        lines.addAll(more);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Fails, listing every violation, unless there is none. */
    static void assertNone(String check, List<String> violations) {
        assertThat(violations)
                .withFailMessage(() -> check + ": " + violations.size() + " violation(s):\n  " + String.join("\n  ", violations))
                .isEmpty();
    }

    /** Fails unless one violation contains every fragment: a check is seen to catch the error it is for. */
    static void assertReported(List<String> violations, String... fragments) {
        assertThat(violations)
                .withFailMessage(() -> "no violation contains all of " + Arrays.toString(fragments) + "; reported:\n  "
                        + String.join("\n  ", violations))
                .anyMatch(line -> Arrays.stream(fragments).allMatch(line::contains));
    }
}
