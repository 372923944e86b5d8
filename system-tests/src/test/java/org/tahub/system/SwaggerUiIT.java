package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person opens the Swagger UI of the whole API in a browser, with no key: the merged document loads (no "Failed to
 * load API definition") and the operations of the three services are listed. Playwright drives Debian's Chromium
 * (/usr/bin/chromium; .ci/run installs it), headless, with a fresh profile; the page is saved to
 * target/swagger-ui.png.
 */
@ExtendWith(SharedStack.class)
class SwaggerUiIT {

    private static final double BOUND_MS = 60_000;

    private static LocalStack stack;

    @BeforeAll
    static void up(LocalStack shared) {
        stack = shared;
    }

    @Test
    void theMergedDocumentIsOpenToAnyoneAndHasEveryService() {
        Map<String, Object> paths = given().get("/api/v1/openapi").then().statusCode(200)
                .contentType("application/json").extract().path("paths");
        assertThat(paths).containsKeys("/api/v1/instruments", "/api/v1/assessments", "/api/v1/offers",
                "/api/v1/admin/api-keys");
    }

    @Test
    void aBrowserOpensTheSwaggerUiAndSeesTheOperationsOfEveryService() throws Exception {
        Path target = stack.root.resolve("system-tests/target");
        Path profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium")), "profile-");
        try (Playwright playwright = Playwright.create();
             BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                     new BrowserType.LaunchPersistentContextOptions()
                             .setExecutablePath(Chromium.EXECUTABLE)
                             // headless through the arguments, as Chromium itself takes it
                             .setHeadless(false)
                             .setArgs(Chromium.ARGS)
                             .setTimeout(BOUND_MS))) {
            Page page = browser.newPage();
            page.setDefaultTimeout(BOUND_MS);
            page.navigate("http://127.0.0.1:" + stack.gatewayPort + "/q/swagger-ui");

            // Either the operations or the error: whichever comes first, within the bound.
            page.waitForSelector(".opblock-summary-path, .errors-wrapper",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(BOUND_MS));
            for (String path : List.of("/api/v1/instruments", "/api/v1/assessments", "/api/v1/offers")) {
                Locator operation = page.locator(".opblock-summary-path[data-path='" + path + "']");
                operation.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(BOUND_MS));
                assertThat(operation.count()).as("operations on %s", path).isPositive();
            }
            for (String tag : List.of("Instruments", "Assessments", "Offers")) {
                assertThat(page.locator(".opblock-tag[data-tag='" + tag + "']").count()).as("tag %s", tag)
                        .isEqualTo(1);
            }
            assertThat(page.getByText("Failed to load API definition").count()).isZero();
            assertThat(page.locator(".errors-wrapper").count()).isZero();
            assertThat(page.locator(".opblock").count()).as("operations listed").isGreaterThanOrEqualTo(50);
            page.screenshot(new Page.ScreenshotOptions().setPath(target.resolve("swagger-ui.png")).setFullPage(false));
        }
    }
}
