package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in a real browser (Debian's Chromium, driven by Playwright), through the gateway of the packaged
 * suite, signed in per role with the keys up.sh issued: every view opens, its charts are drawn, the figures shown are
 * the API's own answers for that role, and a role does not see what its API rules keep from it. Screenshots at
 * 1366x768 go to target/dashboard-*.png.
 */
@ExtendWith(SharedStack.class)
class DashboardIT {

    private static final double BOUND_MS = 60_000;

    private static LocalStack stack;
    private static Map<String, String> keys;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void up(LocalStack shared) {
        stack = shared;
        keys = stack.credentials();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(Chromium.launch(BOUND_MS));
    }

    @AfterAll
    static void down() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static String dashboard() {
        return stack.gateway() + "/dashboard";
    }

    /** A fresh browser at 1366x768, signed in through the form with {@code key}; the page it landed on. */
    private static Page signedIn(BrowserContext context, String key) {
        Page page = context.newPage();
        page.setDefaultTimeout(BOUND_MS);
        page.navigate(dashboard() + "/");
        assertThat(page.url()).as("without a session, the dashboard asks to sign in").contains("/dashboard/sign-in");
        page.getByLabel("API key or bearer token").fill(key);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
        return page;
    }

    private static BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    }

    /** Waits until every chart of the page is drawn (the page's script marks each). */
    private static void chartsDrawn(Page page) {
        page.waitForSelector("body[data-charts-ready='true']", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(BOUND_MS));
        Locator charts = page.locator(".chart");
        for (int i = 0; i < charts.count(); i++) {
            assertThat(charts.nth(i).getAttribute("data-drawn")).as("chart %s drawn", charts.nth(i).getAttribute("id"))
                    .isEqualTo("true");
            assertThat(charts.nth(i).locator("svg").count()).as("chart %s has its SVG",
                    charts.nth(i).getAttribute("id")).isPositive();
            assertThat(charts.nth(i).getAttribute("aria-label")).isNotBlank();
        }
    }

    private static void screenshot(Page page, String name) {
        Path target = stack.root.resolve("system-tests/target");
        page.screenshot(new Page.ScreenshotOptions().setPath(target.resolve("dashboard-" + name + ".png")));
    }

    private static JsonPath api(String key, String path) {
        return given().header("X-API-Key", key).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static long number(String text) {
        Matcher m = Pattern.compile("(\\d+)").matcher(text);
        assertThat(m.find()).as("a number in '%s'", text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void anAnalystSeesWhereTheNeedsAreWhatIsCoveredAndTheGapsAsTheApiCountsThem() {
        String analyst = keys.get("TAHUB_ANALYST_KEY");
        try (BrowserContext context = context()) {
            Page page = signedIn(context, analyst);
            assertThat(page.url()).isEqualTo(dashboard() + "/");
            chartsDrawn(page);
            assertThat(page.locator("h1").textContent()).isEqualTo("Needs and coverage");

            // The needs counted are the API's current needs for this role.
            long needs = api(analyst, "/api/v1/needs?size=1").getLong("total");
            assertThat(number(page.locator(".lede").textContent())).as("needs shown").isEqualTo(needs);

            // The heat map's table adds up to the needs' areas.
            long areaMentions = 0;
            for (int p = 0; p * 200 < needs; p++) {
                List<List<String>> areasOfNeeds = api(analyst, "/api/v1/needs?size=200&page=" + p)
                        .getList("items.areas");
                areaMentions += areasOfNeeds.stream().mapToLong(List::size).sum();
            }
            long cellSum = 0;
            Locator cells = page.locator("#needs-by-area-and-region tbody td");
            for (int i = 0; i < cells.count(); i++) {
                cellSum += Long.parseLong(cells.nth(i).textContent().trim());
            }
            assertThat(cellSum).as("sum of the area x region table").isEqualTo(areaMentions);

            // The gap list is the API's, in its order.
            JsonPath gaps = api(analyst, "/api/v1/gaps?limit=50");
            List<String> apiStates = gaps.getList("gaps.stateName");
            Locator rows = page.locator("#gaps tbody tr");
            assertThat(rows.count()).as("gap rows").isEqualTo(Math.max(1, apiStates.size()));
            if (!apiStates.isEmpty()) {
                assertThat(rows.first().locator("th").textContent()).isEqualTo(apiStates.get(0));
            }
            // Coverage by area: every area the report counts, with its needs.
            List<Map<String, Object>> byArea = gaps.getList("byArea");
            Locator areaRows = page.locator("#coverage-by-area tbody tr");
            assertThat(areaRows.count()).isEqualTo(Math.max(1, byArea.size()));
            if (!byArea.isEmpty()) {
                assertThat(areaRows.first().locator("td").nth(1).textContent())
                        .isEqualTo(String.valueOf(byArea.get(0).get("needs")));
            }
            screenshot(page, "overview");

            // The world map: every state with needs is on it or listed beside it.
            long statesWithNeeds = page.locator("#needs-by-state tbody tr").count();
            long offMap = page.locator("#needs-by-state tbody td", new Page.LocatorOptions().setHasText("no (too small"))
                    .count();
            assertThat(page.locator("#needs-map svg path").count()).as("countries drawn").isGreaterThan(150);
            if (offMap > 0) {
                assertThat(page.locator(".off-map").textContent()).contains("Not on the map");
            }
            assertThat(statesWithNeeds).isPositive();

            // Keyboard: the first Tab reaches the skip link, which leads to the content.
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
            page.keyboard().press("Enter");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");


            // Every table downloads as CSV with the session; the gap list's first line is its header.
            APIResponse csv = context.request().get(dashboard() + "/?download=gaps");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().get("content-type")).startsWith("text/csv");
            assertThat(csv.text().lines().findFirst().orElse("")).isEqualTo("State,Region,Priority,Areas,Activities,"
                    + "Stage,Need");
            if (!apiStates.isEmpty()) {
                assertThat(csv.text()).contains(apiStates.get(0));
            }

            // A filter narrows the figures the way the API does.
            page.selectOption("#priority", "HIGH");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Apply")).click();
            page.waitForLoadState();
            chartsDrawn(page);
            assertThat(number(page.locator(".lede").textContent())).as("HIGH needs shown")
                    .isEqualTo(api(analyst, "/api/v1/needs?size=1&priority=HIGH").getLong("total"));

            // The ratification matrix has a row for every state.
            page.navigate(dashboard() + "/ratifications");
            chartsDrawn(page);
            int states = given().header("X-API-Key", analyst).get("/api/v1/states").then().statusCode(200).extract()
                    .jsonPath().getList("$").size();
            assertThat(page.locator("#ratifications tbody tr").count()).isEqualTo(states);
            screenshot(page, "ratifications");

            // A region's report: its needs are the API's needs of that region.
            page.navigate(dashboard() + "/regions/002");
            chartsDrawn(page);
            assertThat(number(page.locator(".lede").textContent())).as("needs of Africa")
                    .isEqualTo(api(analyst, "/api/v1/needs?region=002&size=1").getLong("total"));
            screenshot(page, "region");

            // The pipeline: proposals by the month they were made, each status's column as the API counts it.
            page.navigate(dashboard() + "/pipeline");
            chartsDrawn(page);
            List<String> statuses = List.of("PROPOSED", "ACCEPTED", "DECLINED", "AGREED", "WITHDRAWN");
            Locator monthRows = page.locator("#proposals-by-month tbody tr");
            // No proposal yet (a fresh stack: the 2004 requests are history, not matched): the table says so.
            boolean none = monthRows.count() == 1 && monthRows.first().textContent().contains("Nothing to show.");
            for (int c = 0; c < statuses.size(); c++) {
                long column = 0;
                for (int r = 0; r < (none ? 0 : monthRows.count()); r++) {
                    String cell = monthRows.nth(r).locator("td").nth(c).textContent().trim();
                    column += cell.isEmpty() ? 0 : Long.parseLong(cell);
                }
                assertThat(column).as("%s proposals", statuses.get(c)).isEqualTo(api(analyst,
                        "/api/v1/matches?size=1&status=" + statuses.get(c)).getLong("total"));
            }

            // The 2004 requests, marked as history, as many as the synopsis' versions hold.
            page.navigate(dashboard() + "/history/2004");
            chartsDrawn(page);
            assertThat(page.locator("h1 .badge").textContent()).isEqualTo("historical");
            List<String> versions = api(analyst, "/api/v1/assessments?origin=ctc-synopsis-2004&size=200")
                    .getList("items.id");
            long requests = 0;
            for (String id : versions) {
                requests += given().header("X-API-Key", analyst).get("/api/v1/assessments/" + id + "/needs").then()
                        .statusCode(200).extract().jsonPath().getList("$").size();
            }
            assertThat(page.locator("#requests-2004 tbody tr").count()).isEqualTo((int) requests);
            screenshot(page, "history");

            // A state's page, with its history and needs as the API has them.
            page.navigate(dashboard() + "/states/KEN");
            chartsDrawn(page);
            assertThat(page.locator("h1").textContent()).contains("Kenya");
            assertThat(page.locator("#needs tbody tr").count()).isEqualTo((int) Math.max(1,
                    api(analyst, "/api/v1/needs?state=KEN&size=1").getLong("total")));
            screenshot(page, "state");
        }
    }

    @Test
    void aStateSeesItsOwnPageAndNotTheOverviewNorAnotherState() {
        String kenya = keys.get("TAHUB_STATE_KEY");
        try (BrowserContext context = context()) {
            Page page = signedIn(context, kenya);
            assertThat(page.url()).as("a state lands on its own page").isEqualTo(dashboard() + "/states/KEN");
            chartsDrawn(page);
            assertThat(page.locator("#needs tbody tr").count()).isEqualTo((int) Math.max(1,
                    api(kenya, "/api/v1/needs?size=1").getLong("total")));
            assertThat(page.getByText("Needs and coverage").count()).as("no overview in the menu").isZero();

            page.navigate(dashboard() + "/");
            assertThat(page.url()).as("the overview sends a state home").isEqualTo(dashboard() + "/states/KEN");

            // Another state's page: the API shows this role none of Uganda's assessments or needs, and neither
            // does the dashboard (its page opens, empty).
            assertThat(api(kenya, "/api/v1/states/UGA/progress").getList("assessments")).isEmpty();
            assertThat(api(kenya, "/api/v1/needs?state=UGA&size=1").getLong("total")).isZero();
            page.navigate(dashboard() + "/states/UGA");
            assertThat(page.locator("#assessments tbody tr").textContent()).contains("Nothing to show.");
            assertThat(page.locator("#needs tbody tr").textContent()).contains("Nothing to show.");

            // The ratification matrix shows its own row only.
            page.navigate(dashboard() + "/ratifications");
            Locator rows = page.locator("#ratifications tbody tr th");
            for (int i = 0; i < rows.count(); i++) {
                assertThat(rows.nth(i).textContent()).isIn("Kenya", "Nothing to show.");
            }
        }
    }

    @Test
    void aProviderSeesItsOffersProposalsAndEngagements() {
        String provider = keys.get("TAHUB_PROVIDER_KEY");
        try (BrowserContext context = context()) {
            Page page = signedIn(context, provider);
            assertThat(page.url()).isEqualTo(dashboard() + "/providers/unodc-tpb");
            chartsDrawn(page);
            long offers = api(provider, "/api/v1/offers?provider=unodc-tpb&size=1").getLong("total");
            assertThat(page.locator("#offers tbody tr").count()).isEqualTo((int) Math.max(1, offers));
            Locator rows = page.locator("#proposals-by-status tbody tr");
            assertThat(rows.count()).isEqualTo(5);
            for (int i = 0; i < rows.count(); i++) {
                String status = rows.nth(i).locator("th").textContent().trim();
                assertThat(Long.parseLong(rows.nth(i).locator("td").textContent().trim())).as("%s proposals", status)
                        .isEqualTo(api(provider, "/api/v1/matches?provider=unodc-tpb&size=1&status=" + status)
                                .getLong("total"));
            }
            screenshot(page, "provider");
        }
    }

    @Test
    void theSessionIsAnHttpOnlyStrictCookieAndAWrongKeyOrAMissingCsrfTokenSignsNobodyIn() throws Exception {
        try (BrowserContext context = context()) {
            Page page = signedIn(context, "tahub_state_" + "0".repeat(64));
            assertThat(page.url()).contains("/dashboard/sign-in");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
                    .contains("unknown, expired or revoked");
            assertThat(context.cookies().stream().map(c -> c.name)).doesNotContain("tahub_session");
        }
        try (BrowserContext context = context()) {
            signedIn(context, keys.get("TAHUB_ANALYST_KEY"));
            Cookie session = context.cookies().stream().filter(c -> c.name.equals("tahub_session")).findFirst()
                    .orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);
            assertThat(session.path).isEqualTo("/dashboard");
            assertThat(session.value).doesNotContain(keys.get("TAHUB_ANALYST_KEY"));
        }
        // A curator reads no needs: the dashboard says so instead of showing an empty picture.
        try (BrowserContext context = context()) {
            Page page = signedIn(context, keys.get("TAHUB_CURATOR_KEY"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Not for your role");
            assertThat(page.locator("nav").textContent()).doesNotContain("Needs and coverage");
        }
        // A sign-in posted without the form's CSRF token (as another site's form would) is refused.
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(dashboard() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("credential=" + keys.get("TAHUB_ANALYST_KEY")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("tahub_session="));
    }
}
