package org.tahub.assessments.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.domain.ChecklistActivity;
import org.tahub.assessments.readmodel.ChecklistReadModel;

@Path("/api/v1/assessments/template")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "States' self-assessments against the implementation checklist")
@Authenticated
public class AssessmentTemplateResource {

    private final ChecklistReadModel checklist;

    public AssessmentTemplateResource(ChecklistReadModel checklist) {
        this.checklist = checklist;
    }

    @GET
    @Operation(summary = "The blank assessment: every checklist activity by area, and the universal instruments",
            description = "Built from the catalogue's events; a change a curator makes to the checklist appears here once its event is consumed. "
                    + "The instruments are those a state can be a party to, the universal conventions and protocols; "
                    + "resolutions, declarations and recommendations are never ratified.")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(schema = @Schema(implementation = AssessmentTemplate.class), examples = @ExampleObject(
            name = "template", value = "{\"areas\":[{\"code\":\"V\",\"number\":5,\"title\":\"Measures to combat money laundering and the financing of terrorism\",\"activities\":[{\"code\":\"V.4\",\"title\":\"Establish financial intelligence units (FIUs)\",\"catalogueVersion\":0}]}],\"instruments\":[{\"slug\":\"terrorist-financing-convention-1999\",\"compendiumRef\":\"A.1.12\",\"shortName\":\"Terrorist Financing Convention\",\"adoptedYear\":1999}],\"activityCount\":123}")))
    public AssessmentTemplate template() {
        Map<String, List<ChecklistActivity>> byArea = checklist.activities().stream()
                .collect(Collectors.groupingBy(a -> a.area));
        List<AssessmentTemplate.Area> areas = checklist.areas().stream()
                .map(area -> new AssessmentTemplate.Area(area.code, area.number, area.title,
                        byArea.getOrDefault(area.code, List.of()).stream()
                                .map(a -> new AssessmentTemplate.Activity(a.code, a.section, a.offenceGroup, a.title,
                                        a.description, a.version))
                                .toList()))
                .toList();
        List<AssessmentTemplate.Instrument> instruments = checklist.universalInstruments().stream()
                .map(i -> new AssessmentTemplate.Instrument(i.slug, i.compendiumRef, i.title, i.shortName, i.adoptedYear))
                .toList();
        int count = areas.stream().mapToInt(a -> a.activities().size()).sum();
        return new AssessmentTemplate(areas, instruments, count);
    }
}
