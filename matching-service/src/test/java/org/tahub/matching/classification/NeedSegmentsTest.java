package org.tahub.matching.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.matching.classification.NeedSegments.Cut;

/**
 * How a paragraph is cut before it is classified: sentences by the rules of their script, then clauses at
 * semicolons, a colon that opens a list, commas and coordinating words, each piece saying which kind of cut comes
 * before it (hard ones the writer put between items; soft ones that {@link NeedSplitter} may join again).
 */
class NeedSegmentsTest {

    private static List<String> cut(String text, String language) {
        return NeedSegments.of(text, language).stream().map(s -> s.of(text)).toList();
    }

    private static List<Cut> cuts(String text, String language) {
        return NeedSegments.pieces(text, language).stream().map(NeedSegments.Piece::cut).toList();
    }

    static final String THREE_NEEDS = "We need analysts and software for the financial intelligence unit; equipment to "
            + "detect forged travel documents at land crossings; and help with a bill, since our penal code does not "
            + "yet criminalise the financing of foreign terrorist fighters.";

    @Test
    void aListOfNeedsJoinedBySemicolonsIsCutAtEachOneAndAReasonStaysWithItsRequest() {
        assertThat(cut(THREE_NEEDS, "en")).containsExactly(
                "We need analysts and software for the financial intelligence unit",
                "equipment to detect forged travel documents at land crossings",
                "and help with a bill, since our penal code does not yet criminalise the financing of foreign "
                        + "terrorist fighters.");
        assertThat(cuts(THREE_NEEDS, "en")).containsExactly(Cut.START, Cut.SEMICOLON, Cut.SEMICOLON);
    }

    @Test
    void sentencesAreCutByTheRulesOfTheirScript() {
        assertThat(cut("我国金融情报机构缺乏分析人员。边境口岸需要检测伪造证件的设备。", "zh"))
                .containsExactly("我国金融情报机构缺乏分析人员。", "边境口岸需要检测伪造证件的设备。");
        String russian = "Нам нужна помощь в подготовке судей. Кроме того, требуется оборудование для границы.";
        List<NeedSegments.Piece> pieces = NeedSegments.pieces(russian, "ru");
        assertThat(pieces.get(0).span().of(russian)).isEqualTo("Нам нужна помощь в подготовке судей.");
        assertThat(pieces.get(1).cut()).isEqualTo(Cut.SENTENCE);
        assertThat(pieces.get(1).span().of(russian)).startsWith("Кроме того");
        assertThat(cut("نحتاج إلى تدريب القضاة؛ ونحتاج إلى معدات للحدود.", "ar"))
                .containsExactly("نحتاج إلى تدريب القضاة", "ونحتاج إلى معدات للحدود.");
    }

    @Test
    void aColonOpensAListAndItsCommasAreSoftCuts() {
        String text = "Assistance is requested in the following fields: drafting offences of illegal access to "
                + "computer systems, establishing a declaration system for cash, and a programme to protect witnesses.";
        List<NeedSegments.Piece> pieces = NeedSegments.pieces(text, "en");
        assertThat(NeedSegments.opensList(text, pieces.get(0).span())).isTrue();
        assertThat(pieces).extracting(NeedSegments.Piece::cut)
                .containsExactly(Cut.START, Cut.COLON, Cut.COMMA, Cut.COMMA);
        assertThat(pieces.stream().skip(2).map(p -> p.cut().hard())).containsOnly(false);
    }

    @Test
    void aCoordinatingWordBeforeANewRequestIsACutAndBetweenTwoNounsIsNot() {
        assertThat(cut("Le Gouvernement demande un appui pour créer une autorité centrale et pour équiper les postes "
                + "frontières.", "fr")).containsExactly("Le Gouvernement demande un appui pour créer une autorité centrale",
                "et pour équiper les postes frontières.");
        assertThat(cut("We need analysts and software for the unit.", "en")).hasSize(1);
    }

    @Test
    void numbersAndAbbreviationsDoNotEndASentenceOrAClause() {
        assertThat(cut("The unit received 2,500 reports in 2.5 years, e.g. from banks and exchange offices.", "en"))
                .hasSize(1);
    }

    @Test
    void aLongTextKeepsItsTailInItsLastSegment() {
        String text = "Need one. ".repeat(NeedSegments.MAX_SEGMENTS + 5);
        List<NeedSegments.Segment> segments = NeedSegments.of(text, "en");
        assertThat(segments).hasSize(NeedSegments.MAX_SEGMENTS);
        assertThat(segments.get(segments.size() - 1).end()).isEqualTo(text.stripTrailing().length());
    }

    @Test
    void punctuationAndSpacesAroundASegmentAreLeftOutAndEmptyPiecesDropped() {
        assertThat(cut(" ;  Equipment for the coast guard ; ;", "en")).containsExactly("Equipment for the coast guard");
        assertThat(cut("", "en")).isEmpty();
    }
}
