package org.tahub.instruments.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.ToolCategory;

/** A heading of Part B, with the checklist area (and offence group) it corresponds to. */
public record ToolCategoryView(String code, String title, @Schema(nullable = true) String area,
                               @Schema(nullable = true) String offenceGroup) {

    static ToolCategoryView of(ToolCategory c) {
        return new ToolCategoryView(c.code, c.title, c.area, c.offenceGroup);
    }
}
