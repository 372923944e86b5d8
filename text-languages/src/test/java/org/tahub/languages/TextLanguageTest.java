package org.tahub.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

    private final TextLanguage languages = new TextLanguage();

    @Test
    void aNeedIsPlacedInTheUnLanguageItIsWrittenIn() {
        Map<String, String> needs = Map.of(
                "en", "We need analysts for the financial intelligence unit.",
                "fr", "Nous avons besoin d'analystes pour la cellule de renseignement financier.",
                "es", "Necesitamos analistas para la unidad de inteligencia financiera.",
                "ru", "Нам нужны аналитики для подразделения финансовой разведки.",
                "ar", "نحتاج إلى محللين لوحدة الاستخبارات المالية.",
                "zh", "我们需要金融情报机构的分析人员。");
        needs.forEach((language, text) -> assertThat(languages.of(text)).as(text).isEqualTo(language));
    }

    @Test
    void aTextThatCannotBePlacedIsTakenAsEnglish() {
        assertThat(languages.of("1373 / 2001 — 42")).isEqualTo("en");
    }
}
