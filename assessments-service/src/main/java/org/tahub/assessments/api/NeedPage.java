package org.tahub.assessments.api;

import java.util.List;

/** One page of needs: {@code total} counts every match, {@code page} is 0-based. */
public record NeedPage(List<NeedView> items, long total, int page, int size) {
}
