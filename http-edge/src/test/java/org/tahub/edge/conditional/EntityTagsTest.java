package org.tahub.edge.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tahub.edge.problem.ProblemException;

/** If-Match as every resource reads it: a quoted version, strong or weak, or * for any; anything else a problem. */
class EntityTagsTest {

    @Test
    void anEtagIsTheVersionQuoted() {
        assertThat(EntityTags.of(3).toString()).isEqualTo("\"3\"");
        assertThat(EntityTags.of(3).isWeak()).isFalse();
    }

    @Test
    void strongAndWeakTagsNameTheirVersion() {
        assertThat(EntityTags.optionalVersion("\"3\"")).isEqualTo(3L);
        assertThat(EntityTags.optionalVersion(" W/\"12\" ")).isEqualTo(12L);
        assertThat(EntityTags.requiredVersion("\"0\"")).isZero();
    }

    @Test
    void aNegativeVersionIsReadSoThatItAnswersAsAStaleOne() {
        assertThat(EntityTags.optionalVersion("\"-1\"")).isEqualTo(-1L);
    }

    @Test
    void anOptionalIfMatchThatIsMissingOrAStarNamesNoVersion() {
        assertThat(EntityTags.optionalVersion(null)).isNull();
        assertThat(EntityTags.optionalVersion("  ")).isNull();
        assertThat(EntityTags.optionalVersion("*")).isNull();
    }

    @Test
    void aRequiredIfMatchThatIsMissingIs428() {
        assertThat(status(() -> EntityTags.requiredVersion(null))).isEqualTo(428);
        assertThat(status(() -> EntityTags.requiredVersion("*"))).isEqualTo(428);
    }

    @Test
    void whatIsNoEtagOfThisApiIs400NamingTheHeader() {
        for (String bad : new String[] {"3", "\"\"", "\"abc\"", "W/", "\"1\", \"2\"", "\"99999999999999999999\"", "\"-\"",
                "\"3"}) {
            assertThatThrownBy(() -> EntityTags.optionalVersion(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class,
                    e -> {
                        assertThat(e.problem().status()).isEqualTo(400);
                        assertThat(e.problem().errors()).extracting("field").containsExactly("header.If-Match");
                    });
        }
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.problem().status();
        }
        return 0;
    }
}
