package org.tahub.instruments.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Activity;

/** An implementation activity as the API shows it. */
public record ActivityView(String code, String area, @Schema(nullable = true) String section,
                           @Schema(nullable = true) String offenceGroup, int ordinal, String title,
                           @Schema(nullable = true) String description, List<String> keywords, List<String> details,
                           @Schema(nullable = true) String seedNote, String status, long version,
                           OffsetDateTime updatedAt, String updatedBy) {

    static ActivityView of(Activity a) {
        return new ActivityView(a.code, a.area, a.section, a.offenceGroup, a.ordinal, a.title, a.description,
                a.keywords, a.details, a.seedNote, a.status.name(), a.version, a.updatedAt, a.updatedBy);
    }
}
