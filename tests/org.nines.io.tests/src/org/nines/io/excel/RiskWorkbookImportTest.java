package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.io.excel.RegisterColumn.*;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.SystemModel;

/** Export, edit cells with POI as a workshop would, import: changes field by field, new rows, rejected cells. */
class RiskWorkbookImportTest {
    @TempDir
    Path dir;
    SystemModel model;
    Path exported;

    @BeforeEach
    void export() throws Exception {
        model = Workbooks.load("web-cluster.nines");
        exported = Workbooks.export(WorkbookData.compute(model, false, null, "t", Workbooks.WHEN), dir.resolve("w.xlsx"));
    }

    /** Opens the export, applies the edit to the Risk Register, saves as a new file and imports it. */
    private RiskWorkbookImporter.Result importEdited(Consumer<Sheet> edit) throws Exception {
        Path edited = dir.resolve("edited.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(exported)) {
            edit.accept(wb.getSheet("Risk Register"));
            Workbooks.save(wb, edited);
        }
        return RiskWorkbookImporter.importRisks(model, edited);
    }

    private static Row row(Sheet s, String id) {
        for (Row r : s) {
            Cell c = r.getCell(ID.ordinal());
            if (c != null && id.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static Cell cell(Sheet s, String id, RegisterColumn c) {
        Row r = row(s, id);
        return r.getCell(c.ordinal()) != null ? r.getCell(c.ordinal()) : r.createCell(c.ordinal());
    }

    /**
     * The cell, cleared for a new value as a spreadsheet program does: removes a formula, and POI would otherwise keep
     * the old text of an inline-string cell (it sets the value beside it).
     */
    private static Cell edit(Sheet s, String id, RegisterColumn c) {
        Cell cell = cell(s, id, c);
        cell.setBlank();
        return cell;
    }

    private static String ref(Sheet s, String id, RegisterColumn c) {
        return "Risk Register!" + cell(s, id, c).getAddress().formatAsString();
    }

    @Test
    void anUneditedWorkbookChangesNothingAndSkipsProposals() throws Exception {
        RiskWorkbookImporter.Result r = RiskWorkbookImporter.importRisks(model, exported);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of(), r.changes());
        assertEquals(List.of(), r.added());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("proposal")), r.notes().toString());
        assertEquals(model.getRisks().size(), r.model().getRisks().size());
    }

    @Test
    void everyEditedFieldIsReportedWithItsCellAndApplied() throws Exception {
        String[] refs = new String[6];
        RiskWorkbookImporter.Result r = importEdited(s -> {
            edit(s, "R-02", LIKELIHOOD).setCellValue(1.5);
            edit(s, "R-02", STATUS).setCellValue("ACCEPTED");
            edit(s, "R-02", OWNER).setCellValue("Security team");
            edit(s, "R-03", AFFECTED_COMPONENTS).setCellValue("web1, web2");
            edit(s, "R-03", CATEGORY).setCellValue("human error");
            edit(s, "R-04", RESIDUAL_OUTAGE).setBlank();
            refs[0] = ref(s, "R-02", LIKELIHOOD);
            refs[1] = ref(s, "R-03", AFFECTED_COMPONENTS);
            refs[2] = ref(s, "R-04", RESIDUAL_OUTAGE);
        });
        assertTrue(r.ok(), r.errors().toString());
        List<String> lines = r.changes().stream().map(Object::toString).toList();
        assertTrue(lines.contains(refs[0] + ": R-02 likelihoodPerYear 3 -> 1.5"), lines.toString());
        assertTrue(lines.contains(refs[1] + ": R-03 affectedComponents web1 web2 web3 web4 -> web1 web2"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("R-02 status MITIGATED -> ACCEPTED")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("R-02 owner") && l.endsWith("-> 'Security team'")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("R-03 category SOFTWARE -> HUMAN_ERROR")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(refs[2]) && l.endsWith("-> (same as inherent)")), lines.toString());
        assertEquals(6, r.changes().size(), lines.toString());
        Risk r02 = risk(r.model(), "R-02");
        assertEquals(1.5, r02.getLikelihoodPerYear());
        assertEquals(RiskStatus.ACCEPTED, r02.getStatus());
        assertEquals(List.of("web1", "web2"), risk(r.model(), "R-03").getAffectedComponents().stream().map(Component::getId).toList());
        assertEquals(RiskCategory.HUMAN_ERROR, risk(r.model(), "R-03").getCategory());
        assertEquals(-1, risk(r.model(), "R-04").getResidualOutageHours());
        assertEquals(3, risk(model, "R-02").getLikelihoodPerYear(), "the input model is not modified");
    }

    @Test
    void aNewRowBecomesANewRiskAndAnAdoptedProposalJoinsTheModel() throws Exception {
        RiskWorkbookImporter.Result r = importEdited(s -> {
            Row row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(ID.ordinal()).setCellValue("R-99");
            row.createCell(TITLE.ordinal()).setCellValue("=Ransomware on the database hosts");
            row.createCell(CATEGORY.ordinal()).setCellValue("CYBER_ATTACK");
            row.createCell(AFFECTED_COMPONENTS.ordinal()).setCellValue("db-a db-b");
            row.createCell(LIKELIHOOD.ordinal()).setCellValue(0.05);
            row.createCell(OUTAGE.ordinal()).setCellValue(72);
            row.createCell(RESIDUAL_LIKELIHOOD.ordinal()).setCellValue(0.01);
            edit(s, "D-CS-1", SOURCE).setCellValue("adopt");
        });
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of("D-CS-1", "R-99").stream().sorted().toList(), r.added().stream().sorted().toList());
        Risk added = risk(r.model(), "R-99");
        assertEquals("=Ransomware on the database hosts", added.getTitle());
        assertEquals(72, added.getOutageHours());
        assertEquals(0.01, added.getResidualLikelihoodPerYear());
        assertEquals(-1, added.getResidualOutageHours());
        assertEquals(RiskStatus.OPEN, added.getStatus());
        assertTrue(risk(r.model(), "D-CS-1").isDerived());
    }

    @Test
    void neutralisedTextComesBackExactly() throws Exception {
        risk(model, "R-02").setMitigation("-> scrubbing; +CDN; =not a formula");
        exported = Workbooks.export(WorkbookData.compute(model, false, null, "t", Workbooks.WHEN), dir.resolve("w2.xlsx"));
        RiskWorkbookImporter.Result r = RiskWorkbookImporter.importRisks(model, exported);
        assertEquals(List.of(), r.changes());
    }

    @Test
    void aTypedLikelihoodLevelSetsTheLevelsRepresentativeFrequency() throws Exception {
        String[] at = new String[1];
        RiskWorkbookImporter.Result r = importEdited(s -> {
            edit(s, "R-04", LIKELIHOOD_LEVEL).setCellValue(5); // a pick from the drop-down replaces the formula
            at[0] = ref(s, "R-04", LIKELIHOOD_LEVEL);
        });
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(at[0] + ": R-04 likelihoodPerYear 0.3 -> 31.6 (from L level 5)", r.changes().get(0).toString());
        assertEquals(31.6, risk(r.model(), "R-04").getLikelihoodPerYear());
    }

    @Test
    void unknownComponentsBadNumbersAndFormulasAreRejectedWithTheirCell() throws Exception {
        String[] refs = new String[5];
        RiskWorkbookImporter.Result r = importEdited(s -> {
            edit(s, "R-02", AFFECTED_COMPONENTS).setCellValue("lb1 lb9 ghost");
            edit(s, "R-03", LIKELIHOOD).setCellValue("often");
            edit(s, "R-04", OUTAGE).setCellValue(-4);
            edit(s, "R-05", MITIGATION).setCellFormula("1+1");
            edit(s, "R-06", STATUS).setCellValue("DONE");
            refs[0] = ref(s, "R-02", AFFECTED_COMPONENTS);
            refs[1] = ref(s, "R-03", LIKELIHOOD);
            refs[2] = ref(s, "R-04", OUTAGE);
            refs[3] = ref(s, "R-05", MITIGATION);
            refs[4] = ref(s, "R-06", STATUS);
        });
        assertFalse(r.ok());
        List<String> errors = r.errors().stream().map(Object::toString).toList();
        assertEquals(5, errors.size(), errors.toString());
        assertEquals(refs[0] + ": R-02: unknown components 'lb9', 'ghost' (use component ids of the model)", errors.get(0));
        assertTrue(errors.get(1).startsWith(refs[1] + ": R-03: likelihood must be a number > 0, got 'often'"), errors.get(1));
        assertTrue(errors.get(2).startsWith(refs[2] + ": R-04: outage per event must be a number > 0"), errors.get(2));
        assertTrue(errors.get(3).startsWith(refs[3] + ": R-05: formulas are not accepted"), errors.get(3));
        assertTrue(errors.get(4).startsWith(refs[4] + ": R-06: unknown status 'DONE'"), errors.get(4));
        assertEquals(List.of("lb1", "lb2"), risk(r.model(), "R-02").getAffectedComponents().stream().map(Component::getId).toList(),
                "a rejected cell leaves the field as it was");
    }

    @Test
    void duplicateIdsAndRowsWithoutIdAreRejected() throws Exception {
        RiskWorkbookImporter.Result r = importEdited(s -> {
            Row a = s.createRow(s.getLastRowNum() + 1);
            a.createCell(ID.ordinal()).setCellValue("R-02");
            Row b = s.createRow(s.getLastRowNum() + 1);
            b.createCell(TITLE.ordinal()).setCellValue("no id");
        });
        List<String> errors = r.errors().stream().map(Object::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).endsWith("R-02: duplicate risk ID"));
        assertTrue(errors.get(1).endsWith("row has data but no risk ID"));
    }

    @Test
    void columnsAreFoundByHeaderSoAReorderedSheetStillImports() throws Exception {
        RiskWorkbookImporter.Result r = importEdited(s -> {
            s.shiftColumns(OWNER.ordinal(), OWNER.ordinal(), 40);
            edit(s, "R-02", LIKELIHOOD).setCellValue(2);
        });
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(1, r.changes().size(), r.changes().toString());
    }

    private static Risk risk(SystemModel m, String id) {
        return m.getRisks().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
    }
}
