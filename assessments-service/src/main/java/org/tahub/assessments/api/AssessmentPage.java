package org.tahub.assessments.api;

import java.util.List;

/** One page of assessments: {@code total} counts every match, {@code page} is 0-based. */
public record AssessmentPage(List<AssessmentSummary> items, long total, int page, int size) {
}
