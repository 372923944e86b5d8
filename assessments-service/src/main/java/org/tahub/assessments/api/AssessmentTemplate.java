package org.tahub.assessments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The form a state fills in: every active area and activity of the checklist, and the universal instruments whose
 * status (party, signatory, not party) it reports, as this service currently knows them from the catalogue.
 */
public record AssessmentTemplate(List<Area> areas, List<Instrument> instruments, int activityCount) {

    public record Area(String code, int number, String title, List<Activity> activities) {
    }

    public record Activity(
            String code,
            @Schema(nullable = true) String section,
            @Schema(nullable = true) String offenceGroup,
            String title,
            String description,
            long catalogueVersion) {
    }

    public record Instrument(String slug, String compendiumRef, String title, String shortName, int adoptedYear) {
    }
}
