package org.tahub.matching.api;

import java.util.List;

/** One page of offers: {@code total} counts every offer the filters select, {@code page} is 0-based. */
public record OfferPage(List<OfferView> items, long total, int page, int size) {
}
