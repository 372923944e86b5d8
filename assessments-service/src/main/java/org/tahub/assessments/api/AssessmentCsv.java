package org.tahub.assessments.api;

import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.Statement;
import org.tahub.edge.csv.CsvTable;

/**
 * An assessment version as CSV: one row per answer, statement and ratification, with a {@code kind} column; the
 * language of a narrative or statement (BCP 47) last.
 */
final class AssessmentCsv {

    private AssessmentCsv() {
    }

    static String of(Assessment a) {
        CsvTable t = new CsvTable("state", "period", "revision", "status", "kind", "code", "area", "implementation",
                "basis", "assistance_needed", "priority", "text", "evidence", "language");
        for (Answer x : a.answers) {
            t.row(a.state, a.period, a.revision, a.status, "activity", x.activity(), x.activity().split("\\.")[0],
                    x.status(), x.basis(), x.assistanceNeeded(), x.priority(), x.narrative(), x.evidence(),
                    x.narrativeWrittenIn() == null ? null : x.narrativeWrittenIn().language());
        }
        for (Statement s : a.statements) {
            t.row(a.state, a.period, a.revision, a.status, "statement", s.ordinal(), s.areas(), null, null, true,
                    s.priority(), s.text(), null, s.writtenIn() == null ? null : s.writtenIn().language());
        }
        for (Ratification r : a.ratifications) {
            String dates = (r.signedOn() == null ? "" : "signed " + r.signedOn())
                    + (r.consentOn() == null ? "" : (r.signedOn() == null ? "" : "; ") + "consent " + r.consentOn());
            t.row(a.state, a.period, a.revision, a.status, "ratification", r.instrument(), null, r.status(), null,
                    null, null, dates.isEmpty() ? null : dates, null, null);
        }
        return t.write();
    }
}
