package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.xml.SafeXml;
import org.nines.model.BendPoint;
import org.nines.model.Block;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.NinesFactory;
import org.nines.model.SystemModel;
import org.nines.ui.wizards.EditedWorkbooks;
import org.nines.ui.diagram.SvgExport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export of web-cluster.nines: a well-formed SVG 1.1 document with one shape per node and connector. */
class SvgExportTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    @TempDir
    Path dir;
    private SystemModel model;
    private Diagram top;

    @BeforeEach
    void loadExample() throws Exception {
        model = EditedWorkbooks.example("web-cluster.nines");
        top = model.getTopDiagram();
    }

    /** Parses with the hardened, namespace-aware factory of Nines (no DOCTYPE, no external entities). */
    private static Document parse(String svg) throws Exception {
        return SafeXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static List<Element> nodeGroups(Document doc) {
        return elements(doc, "g").stream().filter(g -> g.getAttribute("class").startsWith("node ")).toList();
    }

    @Test
    void everyNodeAndConnectorOfTheDiagramIsDrawn() throws Exception {
        Document doc = parse(SvgExport.toSvg(top, null));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals(top.getNodes().size(), nodeGroups(doc).size());
        assertEquals(top.getConnectors().size(), elements(doc, "polyline").size());
        assertEquals(top.getConnectors().size(), elements(doc, "polygon").size(), "one arrow head per connector");
        long blocks = top.getNodes().stream().filter(n -> !(n instanceof org.nines.model.Start || n instanceof org.nines.model.End
                || n instanceof org.nines.model.KofN)).count();
        assertEquals(blocks, nodeGroups(doc).stream().filter(g -> g.getElementsByTagNameNS(SVG_NS, "rect").getLength() > 0).count());
        assertEquals(2, nodeGroups(doc).stream().filter(g -> g.getAttribute("class").equals("node kofn")).count());
        assertEquals(1, nodeGroups(doc).stream().filter(g -> g.getAttribute("class").equals("node subdiagramblock")).count());
        assertTrue(texts(doc).contains("2/3"), "k-of-n shows k/n: " + texts(doc));
        assertTrue(texts(doc).contains("\u25B8 Geo-redundant\u2026") || texts(doc).stream().anyMatch(t -> t.startsWith("\u25B8 Geo")),
                "sub-diagram block marked with a triangle: " + texts(doc));
        int width = Integer.parseInt(root.getAttribute("width"));
        assertTrue(width >= 940, "wide enough for the End node at x = 900: " + width);
    }

    @Test
    void namesWithXmlSpecialCharactersAreEscaped() throws Exception {
        Block block = (Block) top.getNodes().stream().filter(Block.class::isInstance).findFirst().orElseThrow();
        block.setName("A<&>\"B'");
        String svg = SvgExport.toSvg(top, null);
        assertTrue(svg.contains("A&lt;&amp;&gt;&quot;B&apos;"), "escaped in the text");
        assertFalse(svg.contains("A<&>"));
        Document doc = parse(svg);
        assertTrue(texts(doc).contains("A<&>\"B'"), "the parsed text is the name again: " + texts(doc));
    }

    @Test
    void connectorsRunThroughTheirBendPoints() throws Exception {
        Connector connector = top.getConnectors().get(1);
        for (int[] xy : new int[][] { { 240, 300 }, { 250, 310 } }) {
            BendPoint bend = NinesFactory.eINSTANCE.createBendPoint();
            bend.setX(xy[0]);
            bend.setY(xy[1]);
            connector.getBendPoints().add(bend);
        }
        Document doc = parse(SvgExport.toSvg(top, null));
        String points = elements(doc, "polyline").get(1).getAttribute("points");
        String[] pairs = points.split(" ");
        assertEquals(4, pairs.length, points);
        assertEquals("240,300", pairs[1]);
        assertEquals("250,310", pairs[2]);
    }

    @Test
    void aResultColoursBlocksAndMarksTheSinglePointOfFailure() throws Exception {
        AvailabilityResult result = AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.defaults().withSubsystems());
        Document plain = parse(SvgExport.toSvg(top, null));
        Document coloured = parse(SvgExport.toSvg(top, result));
        Element facilityPlain = groupTitled(plain, "Facility A");
        Element facility = groupTitled(coloured, "Facility A");
        String plainFill = ((Element) facilityPlain.getElementsByTagNameNS(SVG_NS, "rect").item(0)).getAttribute("fill");
        String fill = ((Element) facility.getElementsByTagNameNS(SVG_NS, "rect").item(0)).getAttribute("fill");
        assertEquals("#ffffff", plainFill);
        assertNotEquals("#ffffff", fill, "the facility in series takes a share of the downtime");
        assertEquals(0, badges(facilityPlain));
        assertEquals(1, badges(facility), "single point of failure badge");
        assertTrue(texts(coloured).stream().anyMatch(t -> t.startsWith("A 99.")), "availability as subtitle: " + texts(coloured));
        // the sub-diagram block shows the availability of its diagram on its own
        String database = "A " + org.nines.ui.UiFormats.percent(1 - result.diagramUnavailability().get("d-db"));
        List<String> dbTexts = textsOf(groupTitled(coloured, "Geo-redundant database"));
        assertTrue(dbTexts.stream().anyMatch(t -> t.startsWith(database.substring(0, 8))), database + " in " + dbTexts);
        assertTrue(textsOf(groupTitled(plain, "Geo-redundant database")).contains("sub-diagram"));
    }

    private static List<String> textsOf(Element group) {
        NodeList list = group.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void writeCreatesTheFileAndAFailedWriteLeavesNoFile() throws Exception {
        Path target = dir.resolve("web.svg");
        SvgExport.write(top, null, target);
        assertEquals(top.getNodes().size(), nodeGroups(parse(Files.readString(target))).size());
        Path folder = Files.createDirectory(dir.resolve("taken.svg"));
        Files.writeString(folder.resolve("keep.txt"), "a folder cannot be replaced by a file");
        assertThrows(IOException.class, () -> SvgExport.write(top, null, folder));
        assertTrue(Files.isDirectory(folder), "the failed target is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(folder, target), files.sorted().toList(), "no temporary file left behind");
        }
    }

    private static Element groupTitled(Document doc, String name) {
        return nodeGroups(doc).stream().filter(g -> g.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent().startsWith(name + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + name));
    }

    private static long badges(Element group) {
        NodeList rects = group.getElementsByTagNameNS(SVG_NS, "rect");
        long n = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            n += ((Element) rects.item(i)).getAttribute("class").equals("badge") ? 1 : 0;
        }
        return n;
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }
}
