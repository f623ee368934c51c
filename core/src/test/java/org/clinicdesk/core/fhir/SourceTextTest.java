package org.clinicdesk.core.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.clinicdesk.core.MemoryClinic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The import keeps each resource's own text instead of encoding the parsed one again, and reads its references from
 * that text instead of walking the parsed one: over every Synthea bundle, the kept text is the same resource as the
 * one HAPI parsed (less its narrative; it keeps its own id, where HAPI's encoding of a bundle entry left the id out),
 * and the references are those HAPI's terser finds, in the same order.
 */
class SourceTextTest {
    private final IParser parser = FhirJson.parser();
    private final IParser encoder = FhirJson.parser().setPrettyPrint(false);
    private final FhirTerser terser = FhirJson.context().newTerser();

    @Test
    void everySyntheaResourceKeepsItsOwnTextAsTheResourceHapiReadAndItsReferences() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(MemoryClinic.sharedData("fhir-synthea"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int resources = 0;
        int references = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            Bundle bundle = (Bundle) parser.parseResource(text);
            List<SourceText.Read> read = SourceText.bundleResources(text, bundle.getEntry().size()).orElseThrow();
            for (int i = 0; i < read.size(); i++) {
                Resource parsed = bundle.getEntry().get(i).getResource();
                List<String> walked = terser.getAllPopulatedChildElementsOfType(parsed, Reference.class).stream()
                        .map(Reference::getReference).filter(Objects::nonNull).toList();
                assertThat(read.get(i).references()).as(file + " entry " + i).isEqualTo(walked);
                assertThat(read.get(i).text()).doesNotContain("\n").doesNotContain("\"div\"");
                Resource kept = (Resource) parser.parseResource(read.get(i).text());
                assertThat(kept.getIdElement().getIdPart()).isEqualTo(parsed.getIdElement().getIdPart()
                        .replaceFirst("^urn:uuid:", ""));
                kept.setId((String) null);
                assertThat(encoder.encodeResourceToString(kept)).as(file + " entry " + i)
                        .isEqualTo(encoder.encodeResourceToString(withoutNarrative(parsed)));
                resources++;
                references += walked.size();
            }
        }
        assertThat(resources).isGreaterThan(700);
        assertThat(references).isGreaterThan(1000);
    }

    @Test
    void numbersStayAsWrittenAndOnlyTheResourcesOwnNarrativeGoes() {
        String line = "{\"resourceType\":\"Observation\",\"text\":{\"status\":\"generated\",\"div\":\"<div>x</div>\"},"
                + "\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"p\",\"text\":{\"status\":\"empty\"}}],"
                + "\"status\":\"final\",\"subject\":{\"reference\":\"#p\"},"
                + "\"valueQuantity\":{\"value\":1.50,\"unit\":\"mg\"},\"extension\":[{\"url\":\"u\","
                + "\"valueReference\":{\"reference\":\"Patient/9\"}}],\"note\":[{\"text\":\"reference\"}]}";
        SourceText.Read read = SourceText.resource(line).orElseThrow();
        assertThat(read.text()).contains("\"value\":1.50").doesNotContain("generated")
                .contains("\"text\":{\"status\":\"empty\"}");
        assertThat(read.references()).containsExactly("#p", "Patient/9");
    }

    @Test
    void entriesThatCannotBeMatchedOneForOneGiveNothing() {
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\"}},{\"fullUrl\":\"urn:x\"}]}";
        assertThat(SourceText.bundleResources(bundle, 2).orElseThrow()).hasSize(2).element(1).isNull();
        assertThat(SourceText.bundleResources(bundle, 3)).isEmpty();
        assertThat(SourceText.bundleResources("[1]", 0)).isEmpty();
    }

    /** A hostile file writes a key twice: HAPI keeps the last value, so the kept text must not come from the first. */
    @Test
    void aKeyWrittenTwiceIsNotReadHere() {
        String twoEntryArrays = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"shown\"}}],\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"imported\"}}]}";
        assertThat(SourceText.bundleResources(twoEntryArrays, 1)).isEmpty();
        String twoSubjects = "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/a\"},"
                + "\"subject\":{\"reference\":\"Patient/b\"}}";
        assertThat(SourceText.resource(twoSubjects)).isEmpty();
    }

    private static Resource withoutNarrative(Resource r) {
        Resource copy = r.copy();
        copy.setId((String) null);
        if (copy instanceof DomainResource d) {
            d.setText(null);
        }
        return copy;
    }
}
