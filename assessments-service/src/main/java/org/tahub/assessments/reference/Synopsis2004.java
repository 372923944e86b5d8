package org.tahub.assessments.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code reference/requests-2004.json}: the synopsis of the states' 2004 assistance requests to the CTC. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Synopsis2004(String source, List<String> sources, List<StateRequests> states) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StateRequests(String seedName, String iso3, String name, String seedNote, List<Request> requests) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Request(int ordinal, String text, List<String> areas, List<String> activities, String labelNote) {
    }
}
