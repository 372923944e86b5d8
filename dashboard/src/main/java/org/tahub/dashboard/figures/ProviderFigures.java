package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * One provider's page, from {@code GET /api/v1/providers/{id}}, its offers ({@code /offers?provider=}), the
 * proposals that name it ({@code /matches?provider=}) and its engagements ({@code /engagements?provider=}).
 */
@ApplicationScoped
public class ProviderFigures {

    /** A proposal's life, in order (the API's MatchStatus). */
    static final List<String> PROPOSAL_STATUSES = List.of("PROPOSED", "ACCEPTED", "DECLINED", "AGREED", "WITHDRAWN");

    private final ApiCaller caller;

    public ProviderFigures(ApiCaller caller) {
        this.caller = caller;
    }

    public ProviderReport of(Session session, String id) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> providerAnswer = api.provider(auth, id);
        CompletionStage<JsonNode> engagementsAnswer = api.engagements(auth, null, id, null);
        List<JsonNode> offers = ApiCaller.allItems(p -> api.offers(auth, id, p, ApiCaller.PAGE), 5000);
        CompletionStage<JsonNode> countsAnswer = api.matchCounts(auth, id);
        JsonNode provider = ApiCaller.await(providerAnswer);
        JsonNode engagements = ApiCaller.await(engagementsAnswer);

        Table offerTable = Table.of("offers", "Offers", "Offer", "Areas", "Activities", "Modality", "Capacity",
                "From", "To", "Status");
        offers.forEach(o -> offerTable.row(o.path("title").asText(), OverviewFigures.strings(o.path("areas")),
                OverviewFigures.strings(o.path("activities")), o.path("modality").asText(), o.path("capacity").asInt(),
                o.path("periodStart").asText(""), o.path("periodEnd").asText(""), o.path("status").asText()));

        Map<String, Long> byStatus = new LinkedHashMap<>();
        PROPOSAL_STATUSES.forEach(status -> byStatus.put(status, 0L));
        ApiCaller.await(countsAnswer).path("byMonth").forEach(c -> byStatus.merge(c.path("status").asText(),
                c.path("proposals").asLong(), Long::sum));
        Table proposalTable = Table.of("proposals-by-status", "Proposals naming this provider, by status", "Status",
                "Proposals");
        byStatus.forEach(proposalTable::row);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Proposals", new ArrayList<>(byStatus.values()));
        Chart chart = Chart.bars("proposals-chart", "Proposals naming this provider, by status",
                new ArrayList<>(byStatus.keySet()), series, false, false);

        Table engagementTable = Table.of("engagements", "Engagements", "State", "Offer", "Activities", "Status",
                "Agreed", "Baseline", "After", "Impact");
        engagements.forEach(e -> engagementTable.row(e.path("state").asText(), e.path("offerId").asText(),
                OverviewFigures.strings(e.path("activities")), e.path("status").asText(), e.path("agreedAt").asText(""),
                e.path("baselineStatus").asText(""), e.path("afterStatus").asText(""), e.path("impact").asText("")));
        return new ProviderReport(id, provider.path("name").asText(id), provider.path("kind").asText(""), offerTable,
                chart, proposalTable, engagementTable);
    }
}
