package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The states the API lists, with their UN M49 region and sub-region, as the figures group them: names by code, and
 * each state's codes.
 */
public record Regions(Map<String, JsonNode> states, Map<String, String> names) {

    public static Regions of(List<JsonNode> states) {
        Map<String, JsonNode> byIso3 = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode s : states) {
            byIso3.put(s.path("iso3").asText(), s);
            for (String level : List.of("region", "subRegion", "intermediateRegion")) {
                JsonNode r = s.path(level);
                if (r.hasNonNull("code")) {
                    names.putIfAbsent(r.path("code").asText(), r.path("name").asText());
                }
            }
        }
        return new Regions(byIso3, names);
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public String stateName(String iso3) {
        JsonNode s = states.get(iso3);
        return s == null ? iso3 : s.path("name").asText(iso3);
    }

    /** The state's region ({@code subRegions} false) or sub-region code; "" when unknown. */
    public String of(String iso3, boolean subRegions) {
        JsonNode s = states.get(iso3);
        if (s == null) {
            return "";
        }
        JsonNode r = s.path(subRegions ? "subRegion" : "region");
        return r.path("code").asText("");
    }
}
