package org.tahub.matching.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The impact of engagements, by provider, area and state: how many were agreed, completed, measured against the
 * state's next assessment, and with what result; {@code improvementRate} is improved / measured.
 */
@Schema(name = "ImpactView")
public record Impact(List<Row> byProvider, List<Row> byArea, List<Row> byState) {

    public record Row(String key, long engagements, long completed, long measured, long improved, long unchanged,
                      long worsened, long notReported, Double improvementRate) {
    }
}
