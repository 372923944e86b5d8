package org.tahub.instruments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;

/** An area of the checklist as the API shows it; {@code activities} only when one area is asked for. */
public record AreaView(String code, int number, String title, @Schema(nullable = true) String description,
                       List<String> keywords, String status, int activityCount,
                       @Schema(nullable = true) List<ActivityView> activities) {

    static AreaView of(Area a, int activityCount, List<Activity> activities) {
        return new AreaView(a.code, a.number, a.title, a.description, a.keywords, a.status.name(), activityCount,
                activities == null ? null : activities.stream().map(ActivityView::of).toList());
    }
}
