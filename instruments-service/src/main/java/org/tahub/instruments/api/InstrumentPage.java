package org.tahub.instruments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of instruments: {@code total} counts every match, {@code page} is 0-based. */
@Schema(description = "One page of instruments; total counts every match, page is 0-based")
public record InstrumentPage(List<InstrumentView> items, long total, int page, int size) {
}
