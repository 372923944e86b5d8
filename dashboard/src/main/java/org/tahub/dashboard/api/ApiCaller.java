package org.tahub.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tahub.dashboard.session.Session;

/**
 * The API as a signed-in user calls it: their credential on every call, pages read to the end where a figure needs
 * every item (several pages at once), and the API's refusals turned into {@link ApiRefusal}s the pages show.
 */
@ApplicationScoped
public class ApiCaller {

    /** The largest page the API gives. */
    public static final int PAGE = 200;
    /** Pages asked for at once when reading a long list. */
    private static final int PARALLEL_PAGES = 4;

    private final TaHubApi api;

    public ApiCaller(@RestClient TaHubApi api) {
        this.api = api;
    }

    public TaHubApi api() {
        return api;
    }

    /** The {@code Authorization} header for a credential. */
    public static String authorization(Session.Credential kind, String secret) {
        return (kind == Session.Credential.BEARER ? "Bearer " : "ApiKey ") + secret;
    }

    public static String authorization(Session session) {
        return authorization(session.credential(), session.secret());
    }

    /** Waits for one answer (bounded by the REST client's read timeout). */
    public static JsonNode await(CompletionStage<JsonNode> answer) {
        try {
            return answer.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw ApiRefusal.of(e.getCause() == null ? e : e.getCause());
        }
    }

    /** The items of an answer that is a JSON array. */
    public static List<JsonNode> list(CompletionStage<JsonNode> answer) {
        List<JsonNode> items = new ArrayList<>();
        await(answer).forEach(items::add);
        return items;
    }

    /**
     * Every item of a paged list ({@code {items, total, page, size}}), up to {@code max}: the first page, then the
     * rest a few at a time.
     */
    public static List<JsonNode> allItems(IntFunction<CompletionStage<JsonNode>> page, int max) {
        JsonNode first = await(page.apply(0));
        List<JsonNode> items = new ArrayList<>();
        first.path("items").forEach(items::add);
        long total = Math.min(first.path("total").asLong(items.size()), max);
        int pages = (int) ((total + PAGE - 1) / PAGE);
        for (int from = 1; from < pages; from += PARALLEL_PAGES) {
            List<CompletableFuture<JsonNode>> batch = new ArrayList<>();
            for (int p = from; p < Math.min(pages, from + PARALLEL_PAGES); p++) {
                batch.add(page.apply(p).toCompletableFuture());
            }
            for (CompletableFuture<JsonNode> answer : batch) {
                await(answer).path("items").forEach(items::add);
            }
        }
        return items;
    }
}
