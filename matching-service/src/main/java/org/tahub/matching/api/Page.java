package org.tahub.matching.api;

import java.util.List;

/** One page of a list: {@code total} counts every match, {@code page} is 0-based. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
