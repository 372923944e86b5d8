package org.tahub.system;

import com.microsoft.playwright.BrowserType;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium (/usr/bin/chromium; .ci/run installs it) as the browser tests drive it through Playwright:
 * headless through its own arguments, nothing fetched in the background.
 */
final class Chromium {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    static BrowserType.LaunchOptions launch(double timeoutMs) {
        // headless through the arguments, as Chromium itself takes it
        return new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(false).setArgs(ARGS)
                .setTimeout(timeoutMs);
    }
}
