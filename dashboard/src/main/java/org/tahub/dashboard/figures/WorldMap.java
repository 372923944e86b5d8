package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The world map's geometry (world-atlas 1:110m, see dashboard/geo/README.md), served to browsers at
 * {@link #URL}: which countries it draws, by ISO 3166-1 numeric (M49) code, so that the states it lacks (small
 * island states among them) are listed beside the map instead of silently missing.
 */
@ApplicationScoped
public class WorldMap {

    public static final String URL = "/dashboard/geo/world-110m.json";
    private static final String RESOURCE = "META-INF/resources/geo/world-110m.json";

    private final Set<String> drawn = new HashSet<>();

    public WorldMap() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the dashboard");
            }
            for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
                drawn.add(feature.path("id").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the map draws the country of this M49 code. */
    public boolean draws(String m49) {
        return m49 != null && drawn.contains(m49);
    }
}
