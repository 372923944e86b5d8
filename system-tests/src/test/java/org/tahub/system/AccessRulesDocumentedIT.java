package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/security.md says who may call what in a table; the one source of those rules is the services' (and the
 * gateway's) declarations, which the merged OpenAPI document carries as each operation's {@code x-tahub-roles}. The
 * table must be that document's, row by row: an endpoint added, removed or given other roles without the table
 * following fails here, and so does a row for an operation that does not exist.
 */
@ExtendWith(SharedStack.class)
class AccessRulesDocumentedIT {

    private static final List<String> ROLES = List.of("state", "provider", "analyst", "curator", "admin");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** {@code | `GET /api/v1/x` | ✓ | — | ... |}: an operation and one mark per role, in the header's order. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) (/\\S+)` \\|((?: [✓—] \\|){5})\\s*$");

    private static LocalStack stack;

    @BeforeAll
    static void up(LocalStack shared) {
        stack = shared;
    }

    @Test
    void theTableInSecurityMdIsTheMergedDocumentsRoles() throws IOException {
        String doc = Files.readString(stack.root.resolve("docs/security.md"));
        assertThat(doc).as("the table's header names the roles in this order")
                .contains("| Operation | " + String.join(" | ", ROLES) + " |");

        Map<String, String> documented = new TreeMap<>();
        for (String line : doc.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String key = m.group(1) + " " + m.group(2);
                assertThat(documented.put(key, m.group(3).replace(" ", "").replace("|", "")))
                        .as("%s is in the table once", key).isNull();
            }
        }

        JsonPath merged = given().get("/api/v1/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = merged.getMap("paths");
        Map<String, String> declared = new TreeMap<>();
        List<String> open = new java.util.ArrayList<>();
        paths.forEach((path, item) -> METHODS.forEach(method -> {
            Map<String, Object> operation = item.get(method);
            if (operation == null) {
                return;
            }
            String key = method.toUpperCase() + " " + path;
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) operation.get("x-tahub-roles");
            if (roles == null) {
                assertThat(operation.get("security")).as("%s declares no role: it must be declared open", key)
                        .isEqualTo(List.of());
                open.add(key);
                return;
            }
            StringBuilder marks = new StringBuilder();
            ROLES.forEach(r -> marks.append(roles.contains(r) ? "✓" : "—"));
            assertThat(ROLES).as("%s names only known roles", key).containsAll(roles);
            declared.put(key, marks.toString());
        }));

        assertThat(documented).as("docs/security.md's table against the merged document's x-tahub-roles "
                + "(marks in the order %s)", ROLES).isEqualTo(declared);
        assertThat(open).as("the operations open without a key").containsExactly("GET /api/v1/openapi");
        open.forEach(op -> assertThat(doc).as("docs/security.md names %s as open", op)
                .contains("`" + op + "`" + " needs no key"));
    }
}
