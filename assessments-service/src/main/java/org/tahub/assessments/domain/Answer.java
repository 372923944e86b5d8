package org.tahub.assessments.domain;

import java.util.List;

/**
 * A state's answer for one checklist activity (stored in its assessment's {@code answers}).
 *
 * @param priority set when, and only when, assistance is needed
 * @param evidence links to laws, reports or other evidence (http or https)
 * @param narrativeWrittenIn the narrative's language; null when there is no narrative (or it was stored before
 *                           languages were kept)
 */
public record Answer(String activity, Implementation status, Basis basis, boolean assistanceNeeded,
                     Priority priority, String narrative, List<String> evidence, WrittenIn narrativeWrittenIn) {
}
