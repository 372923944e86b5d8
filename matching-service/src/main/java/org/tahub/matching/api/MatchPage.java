package org.tahub.matching.api;

import java.util.List;

/** One page of proposals: {@code total} counts every proposal the filters select, {@code page} is 0-based. */
public record MatchPage(List<MatchView> items, long total, int page, int size) {
}
