package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/**
 * The knowledge graph exported as GraphML reads back, with JGraphT's own importer, as a graph of the same size: every
 * ingredient, class and condition, and every "is a", interaction and contraindication edge, with its label.
 */
class KnowledgeGraphExportTest {

    @Test
    void theGraphmlReadsBackWithEveryVertexAndEdge() {
        Knowledge knowledge = Knowledge.shipped();
        Graph<FlagNode, FlagEdge> built = KnowledgeGraph.build(knowledge);
        StringWriter out = new StringWriter();

        KnowledgeGraphExport.graphml(knowledge, out);

        Graph<String, DefaultEdge> read = new Pseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        Map<String, Map<String, String>> labels = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((at, value) -> labels.computeIfAbsent(at.getFirst(), k -> new HashMap<>())
                .put(at.getSecond(), value.getValue()));
        importer.importGraph(read, new StringReader(out.toString()));

        assertThat(built.vertexSet()).hasSizeGreaterThan(300);
        assertThat(read.vertexSet()).hasSameSizeAs(built.vertexSet());
        assertThat(read.edgeSet()).hasSameSizeAs(built.edgeSet());
        assertThat(labels.get("INGREDIENT:warfarin")).containsEntry("label", "Warfarin").containsEntry("kind", "ingredient");
        assertThat(out.toString()).contains("bleeding");
    }
}
