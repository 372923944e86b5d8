package org.tahub.edge.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.edge.problem.ProblemException;

/** The codes, ids, numbers and enumerations the API's parameters take, read one way by every service. */
class ParametersTest {

    enum Status { ACTIVE, RETIRED }

    @Test
    void codesOfTheirPatternPassAndAbsentOnesAreNoFilter() {
        assertThat(CodeParameters.iso3("state", "KEN")).isEqualTo("KEN");
        assertThat(CodeParameters.m49("region", "002")).isEqualTo("002");
        assertThat(CodeParameters.area("area", "XI")).isEqualTo("XI");
        assertThat(CodeParameters.activity("activity", "VII.B.4")).isEqualTo("VII.B.4");
        assertThat(CodeParameters.slug("instrument", "terrorist-financing-convention-1999", 120))
                .isEqualTo("terrorist-financing-convention-1999");
        assertThat(CodeParameters.iso3("state", null)).isNull();
    }

    @Test
    void codesOutsideTheirPatternAreProblemsNamingTheParameter() {
        assertRefused(() -> CodeParameters.iso3("state", "ken"), "query.state");
        assertRefused(() -> CodeParameters.iso3("state", "KENY"), "query.state");
        assertRefused(() -> CodeParameters.m49("region", "2"), "query.region");
        assertRefused(() -> CodeParameters.area("area", "XII"), "query.area");
        assertRefused(() -> CodeParameters.area("area", "IIII"), "query.area");
        assertRefused(() -> CodeParameters.activity("activity", "XII.1"), "query.activity");
        assertRefused(() -> CodeParameters.activity("activity", "V"), "query.activity");
        assertRefused(() -> CodeParameters.activity("activity", "V.1.2.3.4"), "query.activity");
        assertRefused(() -> CodeParameters.slug("provider", "UNODC", 120), "query.provider");
        assertRefused(() -> CodeParameters.slug("provider", "a".repeat(121), 120), "query.provider");
    }

    @Test
    void theOpenApiPatternsAreAnchoredAsJsonSchemaNeedsThem() {
        for (String pattern : List.of(CodeParameters.ISO3, CodeParameters.M49, CodeParameters.AREA, CodeParameters.ACTIVITY,
                CodeParameters.SLUG)) {
            assertThat(pattern).startsWith("^").endsWith("$");
        }
    }

    @Test
    void wholeNumbersWithinTheirBoundsAndOnlyThose() {
        assertThat(QueryParameters.integer("period", "2004", 2001, 2100)).isEqualTo(2004);
        assertThat(QueryParameters.integer("period", null, 2001, 2100)).isNull();
        assertThat(QueryParameters.limit(null, 200, 1, 1000)).isEqualTo(200);
        assertRefused(() -> QueryParameters.integer("period", "2000", 2001, 2100), "query.period");
        assertRefused(() -> QueryParameters.integer("period", "MMIV", 2001, 2100), "query.period");
        assertRefused(() -> QueryParameters.limit("1001", 200, 1, 1000), "query.limit");
    }

    @Test
    void anEnumerationTakesItsConstantsExactlyAndListsThemWhenRefused() {
        assertThat(QueryParameters.enumValue(Status.class, "status", "ACTIVE")).isEqualTo(Status.ACTIVE);
        assertThat(QueryParameters.enumValue(Status.class, "status", null)).isNull();
        assertThatThrownBy(() -> QueryParameters.enumValue(Status.class, "status", "active"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors().get(0).message())
                        .isEqualTo("'active' is not one of [ACTIVE, RETIRED]"));
        assertRefused(() -> QueryParameters.oneOf("language", "de", Set.of("en", "fr")), "query.language");
    }

    @Test
    void aRefusedValueIsRepeatedShortAndWithoutControlCharacters() {
        assertThat(QueryParameters.quote("a\u001b[31mb")).isEqualTo("'a?[31mb'");
        assertThat(QueryParameters.quote("x".repeat(500))).hasSize(43);
    }

    @Test
    void idsAreCanonicalUuidsAndAPathIdThatIsNoneAnswersAsAMissingObject() {
        UUID id = UUID.randomUUID();
        assertThat(IdParameters.query("assessment", id.toString())).isEqualTo(id);
        assertThat(IdParameters.query("assessment", null)).isNull();
        assertRefused(() -> IdParameters.query("assessment", "1-1-1-1-1"), "query.assessment");
        assertThatThrownBy(() -> IdParameters.path("not-a-uuid", () -> ProblemException.notFound("match not-a-uuid")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting("field").containsExactly(field);
        });
    }
}
