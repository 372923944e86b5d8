package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * The pipeline, from proposal to delivery: proposals by status (one count per status, {@code GET /api/v1/matches}),
 * engagements by status and by the month they were agreed, started and completed ({@code /engagements}), and the
 * days from a need's submission (its assessment's {@code submittedAt}, {@code /assessments}) to its agreement.
 */
@ApplicationScoped
public class PipelineFigures {

    /** The most engagements read (the API's largest answer). */
    static final int ENGAGEMENTS = 5000;

    private final ApiCaller caller;

    public PipelineFigures(ApiCaller caller) {
        this.caller = caller;
    }

    public Pipeline of(Session session) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> countsAnswer = api.matchCounts(auth, null);
        CompletionStage<JsonNode> engagementsAnswer = api.engagements(auth, null, null, ENGAGEMENTS);
        List<JsonNode> versions = ApiCaller.allItems(p -> api.assessments(auth, null, p, ApiCaller.PAGE), 100_000);
        Map<String, OffsetDateTime> submitted = new HashMap<>();
        versions.forEach(v -> {
            if (v.hasNonNull("submittedAt")) {
                submitted.put(v.path("id").asText(), OffsetDateTime.parse(v.path("submittedAt").asText()));
            }
        });

        // Proposals by the month they were made, and the status each has now.
        JsonNode counts = ApiCaller.await(countsAnswer);
        Map<String, Map<String, Long>> proposalMonths = new TreeMap<>();
        counts.path("byMonth").forEach(c -> proposalMonths.computeIfAbsent(c.path("month").asText(),
                m -> new HashMap<>()).merge(c.path("status").asText(), c.path("proposals").asLong(), Long::sum));
        List<String> proposalHeader = new ArrayList<>(List.of("Month made"));
        proposalHeader.addAll(ProviderFigures.PROPOSAL_STATUSES);
        Table proposals = Table.of("proposals-by-month", "Proposals by the month they were made and their status now",
                proposalHeader.toArray(String[]::new));
        Map<String, List<? extends Number>> proposalSeries = new LinkedHashMap<>();
        for (String status : ProviderFigures.PROPOSAL_STATUSES) {
            proposalSeries.put(status, proposalMonths.values().stream().map(m -> m.getOrDefault(status, 0L)).toList());
        }
        proposalMonths.forEach((month, byStatus) -> {
            List<Object> row = new ArrayList<>(List.of(month));
            ProviderFigures.PROPOSAL_STATUSES.forEach(st -> row.add(byStatus.getOrDefault(st, 0L)));
            proposals.rows().add(row);
        });
        Chart proposalChart = Chart.stackedColumns("proposals-chart", "Proposals by the month they were made, by their "
                + "status now", new ArrayList<>(proposalMonths.keySet()), proposalSeries);

        JsonNode engagements = ApiCaller.await(engagementsAnswer);
        Map<String, Map<String, Long>> byMonth = new TreeMap<>();
        List<String> steps = List.of("agreedAt", "startedAt", "completedAt");
        Map<String, List<Long>> daysByArea = new TreeMap<>();
        List<Long> allDays = new ArrayList<>();
        for (JsonNode e : engagements) {
            for (String step : steps) {
                if (e.hasNonNull(step)) {
                    byMonth.computeIfAbsent(e.path(step).asText().substring(0, 7), m -> new HashMap<>())
                            .merge(step, 1L, Long::sum);
                }
            }
            OffsetDateTime need = submitted.get(e.path("assessmentId").asText());
            if (need != null && e.hasNonNull("agreedAt")) {
                long days = Duration.between(need, OffsetDateTime.parse(e.path("agreedAt").asText())).toDays();
                allDays.add(days);
                e.path("areas").forEach(a -> daysByArea.computeIfAbsent(a.asText(), k -> new ArrayList<>()).add(days));
            }
        }
        Table overTime = Table.of("engagements-by-month", "Engagements agreed, started and completed, by month",
                "Month", "Agreed", "Started", "Completed");
        List<String> months = new ArrayList<>(new TreeSet<>(byMonth.keySet()));
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        List<Long> agreed = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        List<Long> completed = new ArrayList<>();
        for (String month : months) {
            Map<String, Long> m = byMonth.get(month);
            overTime.row(month, m.getOrDefault("agreedAt", 0L), m.getOrDefault("startedAt", 0L),
                    m.getOrDefault("completedAt", 0L));
            agreed.add(m.getOrDefault("agreedAt", 0L));
            started.add(m.getOrDefault("startedAt", 0L));
            completed.add(m.getOrDefault("completedAt", 0L));
        }
        series.put("Agreed", agreed);
        series.put("Started", started);
        series.put("Completed", completed);
        Chart overTimeChart = Chart.columns("engagements-chart", "Engagements agreed, started and completed, by month",
                months, series);

        Table time = Table.of("days-to-agreement", "Days from a need's submission to its agreed engagement, by area",
                "Area", "Engagements", "Median days", "Longest");
        daysByArea.forEach((area, days) -> time.row(area, days.size(), median(days),
                days.stream().mapToLong(Long::longValue).max().orElse(0)));
        return new Pipeline(proposalChart, proposals, overTimeChart, overTime, time, median(allDays),
                engagements.size());
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
