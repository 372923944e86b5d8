package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart as Apache ECharts draws it: {@code option} is an ECharts option object, built here from the same figures
 * as the table beside it; {@code label} is what a screen reader says instead of the picture.
 */
public record Chart(String id, String label, Map<String, Object> option) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The option as JSON, for the page's script (its HTML-sensitive characters escaped). */
    public String optionJson() {
        try {
            return JSON.writeValueAsString(option).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Horizontal bars, one series per entry of {@code series} (stacked when {@code stacked}), over {@code categories}. */
    public static Chart bars(String id, String label, List<String> categories, Map<String, List<? extends Number>> series,
                             boolean stacked, boolean percent) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", percent ? Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value} %"))
                : Map.of("type", "value"));
        option.put("yAxis", Map.of("type", "category", "data", categories, "inverse", true));
        option.put("series", series.entrySet().stream().map(e -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", e.getKey());
            s.put("type", "bar");
            if (stacked) {
                s.put("stack", "total");
            }
            s.put("data", e.getValue());
            return s;
        }).toList());
        return new Chart(id, label, option);
    }

    /** Vertical bars over {@code categories} (e.g. months), one series per entry, side by side. */
    public static Chart columns(String id, String label, List<String> categories,
                                Map<String, List<? extends Number>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "bar",
                "data", e.getValue())).toList());
        return new Chart(id, label, option);
    }

    /** Vertical bars over {@code categories}, the series stacked. */
    public static Chart stackedColumns(String id, String label, List<String> categories,
                                       Map<String, List<? extends Number>> series) {
        Chart chart = columns(id, label, categories, series);
        chart.option().put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "bar",
                "stack", "total", "data", e.getValue())).toList());
        return chart;
    }

    /** Lines over {@code categories} (e.g. periods), one per entry of {@code series}, values in per cent. */
    public static Chart lines(String id, String label, List<String> categories,
                              Map<String, List<? extends Number>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value} %")));
        option.put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "line",
                "connectNulls", true, "data", e.getValue())).toList());
        return new Chart(id, label, option);
    }

    /**
     * A world map (the geometry at {@code geometryUrl}, its features named by M49 code), each state coloured by its
     * value: {@code names} maps M49 codes to the states' names, {@code data} holds {name, value} per state.
     */
    public static Chart worldMap(String id, String label, String geometryUrl, Map<String, String> names,
                                 List<Map<String, Object>> data, long max) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("geometry", geometryUrl);
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("visualMap", Map.of("min", 0, "max", Math.max(1, max), "calculable", true, "left", 8, "bottom", 8,
                "inRange", Map.of("color", Palette.SEQUENTIAL)));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", label);
        series.put("type", "map");
        series.put("map", "world");
        series.put("roam", true);
        series.put("nameMap", names);
        series.put("data", data);
        series.put("emphasis", Map.of("label", Map.of("show", false)));
        option.put("series", List.of(series));
        return new Chart(id, label, option);
    }

    /** A heat map of {@code cells} ([x, y, value]) over x and y categories, with its scale. */
    public static Chart heatMap(String id, String label, List<String> x, List<String> y, List<List<Object>> cells,
                                long max) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 8, "bottom", 64, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", x, "splitArea", Map.of("show", true)));
        option.put("yAxis", Map.of("type", "category", "data", y, "inverse", true, "splitArea", Map.of("show", true)));
        option.put("visualMap", Map.of("min", 0, "max", Math.max(1, max), "calculable", true, "orient", "horizontal",
                "left", "center", "bottom", 0, "inRange", Map.of("color", Palette.SEQUENTIAL)));
        option.put("series", List.of(Map.of("name", label, "type", "heatmap", "data", cells,
                "label", Map.of("show", true))));
        return new Chart(id, label, option);
    }
}
