package org.clinicdesk.core.flags;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The knowledge graph for review outside ClinicDesk (yEd, Gephi, Cytoscape): GraphML from JGraphT's exporter, each
 * vertex named by its kind and key with its label and kind as attributes, each edge with the relation it stands for
 * ("is a", "high: bleeding", "high: contraindicated").
 */
public final class KnowledgeGraphExport {
    private KnowledgeGraphExport() {
    }

    /** Writes the graph of {@code knowledge} (shipped and the clinic's own interactions) as GraphML. */
    public static void graphml(Knowledge knowledge, Writer out) {
        Graph<FlagNode, FlagEdge> graph = KnowledgeGraph.build(knowledge);
        GraphMLExporter<FlagNode, FlagEdge> exporter = new GraphMLExporter<>(v -> v.type().name() + ":" + token(v.key()));
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(v.label()));
            attributes.put("kind", DefaultAttribute.createAttribute(v.type().name().toLowerCase(java.util.Locale.ROOT)));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> Map.of("relation", DefaultAttribute.createAttribute(e.label())));
        exporter.exportGraph(graph, out);
    }

    /**
     * A GraphML id must be an XML name token (no spaces: "mefenamic acid"): every character but letters, digits, '.'
     * and '-' is written as '_' and its code in hex and '_', so distinct keys stay distinct.
     */
    static String token(String key) {
        StringBuilder id = new StringBuilder();
        key.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                id.appendCodePoint(c);
            } else {
                id.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return id.toString();
    }
}
