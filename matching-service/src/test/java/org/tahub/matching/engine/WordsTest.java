package org.tahub.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins how a need's or an offer's text becomes the words the engine's text component compares. */
class WordsTest {

    @Test
    void wordsAreLowerCasedAndCutAtAnythingButLettersAndDigits() {
        assertThat(Words.of("Anti-Money LAUNDERING/Cyber_Crime (resolution 1373, 2001)"))
                .containsExactlyInAnyOrder("anti", "money", "launder", "cyber", "crime", "resolut", "1373", "2001");
    }

    @Test
    void wordsOfFewerThanFourCharactersAndCommonWordsAreLeftOut() {
        assertThat(Words.of("We need assistance and support with the national law on FIU, also for the state"))
                .isEmpty();
        assertThat(Words.of(null)).isEmpty();
        assertThat(Words.of("")).isEmpty();
    }

    @Test
    void pluralsAndCommonEndingsAreCutSoThatFormsOfAWordMeet() {
        assertThat(Words.of("activities")).isEqualTo(Words.of("activity")).containsExactly("activity");
        assertThat(Words.of("offences")).isEqualTo(Words.of("offence")).containsExactly("offence");
        assertThat(Words.of("training")).isEqualTo(Words.of("trains")).containsExactly("train");
        assertThat(Words.of("prosecution")).containsExactly("prosecut");
        // A double s is no plural, and short words keep their ending.
        assertThat(Words.of("process")).containsExactly("process");
        assertThat(Words.of("laws")).containsExactly("laws");
    }

    @Test
    void lettersAndDigitsOfEveryScriptMakeWords() {
        assertThat(Words.of("Financement du terrorisme")).containsExactlyInAnyOrder("financement", "terrorisme");
        assertThat(Words.of("Financiación del terrorismo")).containsExactlyInAnyOrder("financiación", "terrorismo");
        assertThat(Words.of("Финансирование терроризма")).containsExactlyInAnyOrder("финансирование", "терроризма");
        assertThat(Words.of("تمويل الإرهاب")).containsExactlyInAnyOrder("تمويل", "الإرهاب");
        assertThat(Words.of("القرار ١٣٧٣")).containsExactlyInAnyOrder("القرار", "١٣٧٣");
    }

    @Test
    void arabicWrittenWithVowelMarksMakesTheSameWordsAsWithout() {
        assertThat(Words.of("تَمْوِيل الإِرْهَاب")).isNotEmpty();
    }

    @Test
    void thePluralOfAWordEndingInIonMeetsItsSingular() {
        assertThat(Words.of("investigations")).isEqualTo(Words.of("investigation"));
    }
}
