package org.tahub.matching.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.EngagementStatus;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.ProviderKind;
import org.tahub.matching.domain.StateProfile;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The IATI export is well-formed XML whatever the texts it carries hold: characters XML 1.0 does not allow (control
 * characters, unpaired surrogates, U+FFFE and U+FFFF) are left out; every other character is kept.
 */
class IatiActivitiesTest {

    @Test
    void textsWithCharactersXmlRefusesGiveAWellFormedDocument() throws Exception {
        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.providerId = "egmont-group";
        e.offerId = "egmont-group-fiu-mentoring";
        e.state = "KEN";
        e.activities = List.of("V.4");
        e.areas = List.of("V");
        e.status = EngagementStatus.COMPLETED;
        e.agreedAt = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
        e.startedAt = e.agreedAt.plusDays(10);
        e.completedAt = e.agreedAt.plusMonths(6);
        e.outcome = "Six analysts\u0000 mentored\u0007 for six\u001B months\uD800; \u00e9t\u00e9 \uD83D\uDE00\tdone\u000B\uFFFE.";
        Provider p = new Provider();
        p.id = e.providerId;
        p.name = "Egmont\u0001 Group\u007F";
        p.kind = ProviderKind.INTERGOVERNMENTAL_ORGANISATION;
        Offer o = new Offer();
        o.id = e.offerId;
        o.title = "FIU mentoring\u0008\uDFFF";
        StateProfile s = new StateProfile();
        s.iso3 = "KEN";
        s.iso2 = "KE\u0002";
        s.name = "Kenya\u001F\uFFFF";

        String xml = IatiActivities.write(List.of(e), Map.of(p.id, p), Map.of(o.id, o), Map.of(s.iso3, s));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Six analysts mentored for six months; \u00e9t\u00e9 \uD83D\uDE00\tdone.")
                .contains("FIU mentoring (Kenya)").contains("Egmont Group");
        assertThat(doc.getElementsByTagName("recipient-country").item(0).getAttributes().getNamedItem("code")
                .getNodeValue()).isEqualTo("KE");
    }
}
