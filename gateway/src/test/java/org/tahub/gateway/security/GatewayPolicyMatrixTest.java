package org.tahub.gateway.security;

import org.tahub.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/security.md's role x endpoint matrix is what the gateway enforces, line by line and role by role. */
class GatewayPolicyMatrixTest {

    private static final List<Role> COLUMNS = List.of(Role.STATE, Role.PROVIDER, Role.ANALYST, Role.CURATOR,
            Role.ADMIN);

    @Test
    void theDocumentedMatrixIsTheEnforcedOne() throws IOException {
        AccessPolicy policy = new AccessPolicy();
        List<String> rows = matrixRows();
        assertThat(rows).as("matrix rows in docs/security.md").hasSize(policy.rules().size());
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String resource = cells[1].trim().replace("`", "");
            boolean write = cells[2].trim().equals("write");
            for (int i = 0; i < COLUMNS.size(); i++) {
                boolean documented = cells[3 + i].trim().equals("✓");
                String method = write ? "POST" : "GET";
                assertThat(policy.allows(COLUMNS.get(i), method, resource))
                        .as("%s %s for %s", method, resource, COLUMNS.get(i)).isEqualTo(documented);
                assertThat(policy.allows(COLUMNS.get(i), method, resource + "/some-id"))
                        .as("%s %s/some-id for %s", method, resource, COLUMNS.get(i)).isEqualTo(documented);
            }
        }
    }

    @Test
    void whatNoLineAllowsIsRefused() {
        AccessPolicy policy = new AccessPolicy();
        assertThat(policy.allows(Role.ADMIN, "GET", "/api/v1/unknown")).isFalse();
        assertThat(policy.allows(Role.STATE, "DELETE", "/api/v1/areas/V")).isFalse();
        assertThat(policy.allows(Role.CURATOR, "GET", "/api/v1/assessments/0b8f")).isFalse();
        assertThat(policy.allows(Role.CURATOR, "GET", "/api/v1/assessments/template")).isTrue();
    }

    private static List<String> matrixRows() throws IOException {
        Path doc = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "security.md");
        if (!Files.exists(doc)) {
            doc = Path.of("..", "docs", "security.md");
        }
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("| `/api/v1/")) {
                rows.add(line);
            }
        }
        return rows;
    }
}
