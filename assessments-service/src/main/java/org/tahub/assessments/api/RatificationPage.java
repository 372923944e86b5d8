package org.tahub.assessments.api;

import java.util.List;

/** One page of states' standings: {@code total} counts every state that matches, {@code page} is 0-based. */
public record RatificationPage(List<StateRatificationsView> items, long total, int page, int size) {
}
