package org.tahub.instruments.api;

import org.tahub.instruments.domain.ToolCategory;

/** A heading of Part B, with the checklist area (and offence group) it corresponds to. */
public record ToolCategoryView(String code, String title, String area, String offenceGroup) {

    static ToolCategoryView of(ToolCategory c) {
        return new ToolCategoryView(c.code, c.title, c.area, c.offenceGroup);
    }
}
