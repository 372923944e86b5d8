package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * The ratification matrix, in the form of the Secretary-General's reports on measures to eliminate international
 * terrorism: every state the caller may see against every universal instrument the assessment form lists, with the
 * standing the state reported in its current assessment ({@code GET /api/v1/ratifications}); "not reported" where it
 * said nothing, or has no current assessment the caller may see. Self-reported: not the depositaries' record.
 */
@ApplicationScoped
public class RatificationFigures {

    public static final String NOT_REPORTED = "not reported";

    /** The matrix (rows: states; columns: instruments) and a chart of the standings per instrument. */
    public record Matrix(List<Instrument> instruments, Table table, Chart chart, long assessed, long reporting,
                         long states) {
    }

    public record Instrument(String slug, String shortName, String title, int adoptedYear) {
    }

    private final ApiCaller caller;

    public RatificationFigures(ApiCaller caller) {
        this.caller = caller;
    }

    public Matrix of(Session session) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> template = api.template(auth);
        List<JsonNode> reported = ApiCaller.allItems(p -> api.ratifications(auth, p, ApiCaller.PAGE), 1000);
        Regions regions = session.seesEveryone()
                ? Regions.of(ApiCaller.list(api.states(auth))) : null;
        List<Instrument> instruments = new ArrayList<>();
        ApiCaller.await(template).path("instruments").forEach(i -> instruments.add(new Instrument(
                i.path("slug").asText(), i.path("shortName").asText(i.path("slug").asText()), i.path("title").asText(),
                i.path("adoptedYear").asInt())));

        Map<String, Map<String, String>> byState = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (JsonNode r : reported) {
            String state = r.path("state").asText();
            names.put(state, r.path("stateName").asText(state));
            Map<String, String> standings = byState.computeIfAbsent(state, s -> new HashMap<>());
            r.path("standings").forEach(s -> standings.put(s.path("instrument").asText(), label(s.path("status")
                    .asText())));
        }
        List<String> rows = new ArrayList<>();
        if (regions != null) {
            rows.addAll(regions.states().keySet());
            regions.states().keySet().forEach(iso3 -> names.putIfAbsent(iso3, regions.stateName(iso3)));
        } else {
            rows.addAll(byState.keySet());
        }
        rows.sort((a, b) -> names.getOrDefault(a, a).compareTo(names.getOrDefault(b, b)));

        List<String> header = new ArrayList<>(List.of("State", "ISO3"));
        instruments.forEach(i -> header.add(i.shortName()));
        Table table = Table.of("ratifications", "Standing towards the universal instruments, as each state reported "
                + "it in its current assessment", header.toArray(String[]::new));
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String state : rows) {
            List<Object> row = new ArrayList<>(List.of(new Table.Link(names.getOrDefault(state, state),
                    "/dashboard/states/" + state), state));
            Map<String, String> standings = byState.getOrDefault(state, Map.of());
            for (Instrument i : instruments) {
                String standing = standings.getOrDefault(i.slug(), NOT_REPORTED);
                row.add(standing);
                long[] c = counts.computeIfAbsent(i.shortName(), k -> new long[4]);
                c[index(standing)]++;
            }
            table.rows().add(row);
        }
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        String[] kinds = {"party", "signatory", "not party", NOT_REPORTED};
        for (int k = 0; k < kinds.length; k++) {
            int kk = k;
            series.put(kinds[k], counts.values().stream().map(c -> c[kk]).toList());
        }
        Chart chart = Chart.bars("ratifications-chart", "States by reported standing, per universal instrument",
                new ArrayList<>(counts.keySet()), series, true, false);
        long reporting = byState.values().stream().filter(m -> !m.isEmpty()).count();
        return new Matrix(instruments, table, chart, byState.size(), reporting, rows.size());
    }

    static String label(String status) {
        return switch (status) {
            case "PARTY" -> "party";
            case "SIGNATORY" -> "signatory";
            case "NOT_PARTY" -> "not party";
            default -> NOT_REPORTED;
        };
    }

    private static int index(String standing) {
        return switch (standing) {
            case "party" -> 0;
            case "signatory" -> 1;
            case "not party" -> 2;
            default -> 3;
        };
    }
}
