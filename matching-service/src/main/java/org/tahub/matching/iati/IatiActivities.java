package org.tahub.matching.iati;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.ProviderKind;
import org.tahub.matching.domain.StateProfile;

/**
 * Engagements as IATI 2.03 activities (written with the JDK's StAX writer), so that donors can publish them: the
 * provider as reporting, funding and implementing organisation, the state as recipient country, DAC 5-digit sectors
 * (15130 legal and judicial development; 15210 security system management and reform for area X; 15113
 * anti-corruption organisations and institutions for area XI) and the checklist codes as the reporting organisation's
 * own sector vocabulary (99).
 */
public final class IatiActivities {

    public static final String MEDIA_TYPE = "application/xml";
    public static final String CHECKLIST_VOCABULARY = "https://tahub.org/checklist";
    private static final Map<String, String> DAC_BY_AREA = Map.of("X", "15210", "XI", "15113");
    private static final String DAC_DEFAULT = "15130";

    private IatiActivities() {
    }

    public static String write(List<Engagement> engagements, Map<String, Provider> providers, Map<String, Offer> offers,
                               Map<String, StateProfile> states) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("iati-activities");
            attribute(x, "version", "2.03");
            attribute(x, "generated-datetime", iso(OffsetDateTime.now(ZoneOffset.UTC)));
            for (Engagement e : engagements) {
                activity(x, e, providers.get(e.providerId), offers.get(e.offerId), states.get(e.state));
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("IATI export failed", ex);
        }
        return out.toString();
    }

    private static void activity(XMLStreamWriter x, Engagement e, Provider p, Offer o, StateProfile s)
            throws XMLStreamException {
        String providerName = p == null ? e.providerId : p.name;
        String orgType = p == null ? "40" : organisationType(p.kind);
        x.writeStartElement("iati-activity");
        attribute(x, "last-updated-datetime", iso(latest(e)));
        attribute(x, "xml:lang", "en");
        attribute(x, "default-currency", "USD");
        text(x, "iati-identifier", e.providerId + "-" + e.id);
        x.writeStartElement("reporting-org");
        attribute(x, "ref", e.providerId);
        attribute(x, "type", orgType);
        narrative(x, providerName);
        x.writeEndElement();
        x.writeStartElement("title");
        narrative(x, (o == null ? e.offerId : o.title) + " (" + (s == null ? e.state : s.name) + ")");
        x.writeEndElement();
        x.writeStartElement("description");
        attribute(x, "type", "1");
        narrative(x, "Assistance for checklist " + String.join(", ", e.activities) + " of the Cape Town Expert Group's"
                + " implementation checklist" + (e.outcome == null ? "." : ". Outcome: " + e.outcome));
        x.writeEndElement();
        for (String role : List.of("1", "4")) {
            x.writeStartElement("participating-org");
            attribute(x, "role", role);
            attribute(x, "type", orgType);
            attribute(x, "ref", e.providerId);
            narrative(x, providerName);
            x.writeEndElement();
        }
        x.writeEmptyElement("activity-status");
        attribute(x, "code", switch (e.status) {
            case AGREED -> "1";
            case IN_DELIVERY -> "2";
            case COMPLETED -> "3";
            case EVALUATED -> "4";
        });
        date(x, "1", e.agreedAt);
        if (e.startedAt != null) {
            date(x, "2", e.startedAt);
        }
        if (e.completedAt != null) {
            date(x, "4", e.completedAt);
        }
        if (s != null && s.iso2 != null) {
            x.writeStartElement("recipient-country");
            attribute(x, "code", s.iso2);
            attribute(x, "percentage", "100");
            narrative(x, s.name);
            x.writeEndElement();
        }
        Set<String> dac = new LinkedHashSet<>();
        e.areas.forEach(a -> dac.add(DAC_BY_AREA.getOrDefault(a, DAC_DEFAULT)));
        sectors(x, "1", null, new ArrayList<>(dac));
        sectors(x, "99", CHECKLIST_VOCABULARY, e.activities);
        x.writeEndElement();
    }

    private static void sectors(XMLStreamWriter x, String vocabulary, String uri, List<String> codes)
            throws XMLStreamException {
        if (codes.isEmpty()) {
            return;
        }
        int share = 100 / codes.size();
        for (int i = 0; i < codes.size(); i++) {
            x.writeEmptyElement("sector");
            attribute(x, "vocabulary", vocabulary);
            if (uri != null) {
                attribute(x, "vocabulary-uri", uri);
            }
            attribute(x, "code", codes.get(i));
            attribute(x, "percentage", Integer.toString(i == 0 ? 100 - share * (codes.size() - 1) : share));
        }
    }

    private static void date(XMLStreamWriter x, String type, OffsetDateTime at) throws XMLStreamException {
        x.writeEmptyElement("activity-date");
        attribute(x, "type", type);
        attribute(x, "iso-date", at.toLocalDate().toString());
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(legal(value));
        x.writeEndElement();
    }

    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, legal(value));
    }

    /**
     * The text without the characters XML 1.0 does not allow (control characters other than tab, line feed and
     * carriage return; unpaired surrogates; U+FFFE and U+FFFF): users' and states' texts may hold them, and a document
     * with them is not well-formed, so no IATI reader would take it.
     */
    static String legal(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? value : out.toString();
    }

    private static void narrative(XMLStreamWriter x, String value) throws XMLStreamException {
        text(x, "narrative", value);
    }

    static String organisationType(ProviderKind kind) {
        return switch (kind) {
            case BILATERAL_DONOR -> "10";
            case NGO -> "21";
            case INSTITUTE -> "80";
            default -> "40";
        };
    }

    private static OffsetDateTime latest(Engagement e) {
        OffsetDateTime t = e.agreedAt;
        for (OffsetDateTime c : new OffsetDateTime[] {e.startedAt, e.completedAt, e.evaluatedAt}) {
            if (c != null && c.isAfter(t)) {
                t = c;
            }
        }
        return t;
    }

    private static String iso(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }
}
