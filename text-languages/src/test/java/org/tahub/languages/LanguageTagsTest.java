package org.tahub.languages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void wellFormedTagsAreKeptInCanonicalCase() {
        assertThat(LanguageTags.canonical("fr")).contains("fr");
        assertThat(LanguageTags.canonical("FR-ca")).contains("fr-CA");
        assertThat(LanguageTags.canonical("es-419")).contains("es-419");
        assertThat(LanguageTags.canonical("zh-Hans")).contains("zh-Hans");
        assertThat(LanguageTags.canonical("pt")).as("a language other than the six").contains("pt");
    }

    @Test
    void illFormedOrEmptyTagsAreRefused() {
        for (String bad : new String[] {"", " ", "french", "fr_FR", "x", "12", "fr--CA", "a".repeat(40)}) {
            assertThat(LanguageTags.canonical(bad)).as(bad).isEmpty();
        }
        assertThat(LanguageTags.canonical(null)).isEmpty();
    }

    @Test
    void theUnLanguageOfATagIsItsPrimaryLanguageWhenItIsOneOfTheSix() {
        assertThat(LanguageTags.unLanguage("fr-SN")).contains("fr");
        assertThat(LanguageTags.unLanguage("ZH-hans-cn")).contains("zh");
        assertThat(LanguageTags.unLanguage("es-419")).contains("es");
        assertThat(LanguageTags.unLanguage("pt-BR")).isEmpty();
        assertThat(LanguageTags.unLanguage("fr_FR")).isEmpty();
        assertThat(LanguageTags.unLanguage(null)).isEmpty();
    }
}
