package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.click;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.fire;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitShowing;
import static org.nines.ui.tests.driver.Ui.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.analysis.continuity.TestPlan;
import org.nines.io.excel.TestPlanSheet;
import org.nines.model.NinesPackage;
import org.nines.ui.editor.ContinuityPage;
import org.nines.ui.editor.ContinuityPageData;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;

/**
 * The editor's Continuity page on the web-cluster example (RTO 4 h, RPO 15 min, max outage 24 h, three scenarios):
 * breaches in red, tests that take the service down flagged, scenario selection, stale marking, export.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContinuityPageTest {
    private static final long ANALYSIS_TIMEOUT_MS = 60_000;
    private static final int INCIDENT_LABEL = 1;
    private static final int RTO_WORST = 6;
    private static final int MISSED_TARGETS = 9;
    private static final int PRODUCTION = 4;

    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;
    private ContinuityPage page;

    @BeforeEach
    void showTheContinuityPage() {
        editor = example.editor(); // copied, opened, shell active, canvas showing; closed after each test
        page = sync(editor::continuityPage);
        syncRun(() -> editor.showPage(pageIndex()));
        waitShowing(page.control());
        waitUntil("continuity computed", () -> page.data() != null, ANALYSIS_TIMEOUT_MS);
    }

    /** The editor's tab index of the Continuity page, wherever the editor puts it. */
    private int pageIndex() {
        CTabFolder folder = (CTabFolder) page.control().getParent();
        for (CTabItem item : folder.getItems()) {
            if (item.getControl() == page.control()) {
                return folder.indexOf(item);
            }
        }
        throw new AssertionError("the Continuity page is not a tab of the editor");
    }

    private static boolean isRed(TableItem item) {
        Color red = item.getDisplay().getSystemColor(SWT.COLOR_RED);
        return red.equals(item.getForeground(0));
    }

    private static TableItem row(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (text.equals(item.getText(column))) {
                return item;
            }
        }
        throw new AssertionError("no row '" + text + "' in " + table.getData("testid"));
    }

    @Test
    void incidentsMissingATargetAreRedWithTheTargetsTheyMiss() {
        Table incidents = find(Table.class, byId("continuity.incidents"));
        waitUntil("incident rows", () -> incidents.getItemCount() > 0);
        syncRun(() -> {
            TableItem fire = row(incidents, INCIDENT_LABEL, "Site A fire");
            assertTrue(isRed(fire));
            assertTrue(fire.getText(MISSED_TARGETS).startsWith("RTO 336 h > 4 h"), fire.getText(MISSED_TARGETS));
            TableItem ddos = row(incidents, INCIDENT_LABEL, "DDoS");
            assertFalse(isRed(ddos), "DDoS is back within the 4 h RTO");
            assertEquals("", ddos.getText(MISSED_TARGETS));
        });
        Label summary = find(Label.class, byId("continuity.summary"));
        assertTrue(sync(summary::getText).startsWith("Service Web shop: targets RTO 4 h, RPO 15 min, max outage 24 h."),
                sync(summary::getText));
    }

    @Test
    void hourColumnsSortByHoursNotByText() {
        Table incidents = find(Table.class, byId("continuity.incidents"));
        var base = sync(() -> page.data().results().get(0));
        List<String> byWorstRto = ContinuityPageData.incidents(base, false).stream()
                .sorted(Comparator.comparingDouble(r -> r.recovery().worstRtoHours())) // stable, like the viewer's sort
                .map(r -> r.recovery().incident().label()).toList();
        waitUntil("incident rows", () -> incidents.getItemCount() == byWorstRto.size());
        TableColumn column = sync(() -> incidents.getColumn(RTO_WORST));

        fire(column, SWT.Selection);
        assertEquals(byWorstRto, sync(() -> labels(incidents)), "ascending");
        fire(column, SWT.Selection);
        List<String> descending = sync(() -> labels(incidents));
        assertEquals("Site A fire", descending.get(0), "336 h is the longest recovery");
        assertEquals(SWT.DOWN, sync(incidents::getSortDirection));
    }

    private static List<String> labels(Table table) {
        return Arrays.stream(table.getItems()).map(i -> i.getText(INCIDENT_LABEL)).toList();
    }

    @Test
    void testsThatTakeTheServiceDownAreFlaggedRedAndOnlyThey() {
        Table tests = find(Table.class, byId("continuity.testPlan"));
        TestPlan plan = sync(() -> page.data().plan());
        waitUntil("test rows", () -> tests.getItemCount() == plan.tests().size());
        assertFalse(plan.doNotRunInProduction().isEmpty(), "isolating site A takes the web shop down");
        syncRun(() -> {
            int flagged = 0;
            for (TableItem item : tests.getItems()) {
                boolean doNotRun = item.getText(PRODUCTION).equals("DO NOT RUN");
                assertEquals(doNotRun, isRed(item), item.getText(1));
                flagged += doNotRun ? 1 : 0;
            }
            assertEquals(plan.doNotRunInProduction().size(), flagged);
        });
    }

    @Test
    void selectingAScenarioShowsItsIncidents() {
        Table scenarios = find(Table.class, byId("continuity.scenarios"));
        int expected = sync(() -> 1 + editor.model().getScenarios().size());
        waitUntil("base and every scenario", () -> scenarios.getItemCount() == expected);
        String name = sync(() -> editor.model().getScenarios().get(1).getName());
        Event select = new Event();
        select.item = sync(() -> row(scenarios, 0, name));
        syncRun(() -> scenarios.setSelection((TableItem) select.item));
        fire(scenarios, SWT.Selection, select);
        Label header = find(Label.class, byId("continuity.incidents.header"));
        waitUntil("incidents of " + name, () -> header.getText().contains("(" + name + ")"));
        Table incidents = find(Table.class, byId("continuity.incidents"));
        var result = sync(() -> page.data().results().get(2));
        assertEquals(name, result.scenarioName());
        assertEquals(ContinuityPageData.incidents(result, false).size(), sync(incidents::getItemCount));
    }

    @Test
    void absorbedIncidentsAppearWhenAsked() {
        Table incidents = find(Table.class, byId("continuity.incidents"));
        var base = sync(() -> page.data().results().get(0));
        int all = ContinuityPageData.incidents(base, true).size();
        int interrupting = ContinuityPageData.incidents(base, false).size();
        assertTrue(all > interrupting, "web-cluster has incidents its redundancy absorbs");
        waitUntil("interrupting incidents only", () -> incidents.getItemCount() == interrupting);
        click(find(Button.class, byId("continuity.showAbsorbed")));
        waitUntil("every incident", () -> incidents.getItemCount() == all);
    }

    @Test
    void aModelChangeMarksTheFiguresStaleAndAnalyseRecomputesThem() {
        ContinuityPageData before = sync(page::data);
        var domain = editor.getEditingDomain();
        syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, editor.model(),
                NinesPackage.Literals.SYSTEM_MODEL__MISSION_TIME_HOURS, 0.0)));
        Label state = find(Label.class, byId("continuity.state"));
        waitUntil("marked stale", () -> page.isStale() && state.getText().contains("stale"));

        click(find(Button.class, byId("continuity.analyze")));

        waitUntil("recomputed", () -> page.data() != before && !page.isStale(), ANALYSIS_TIMEOUT_MS);
        Label status = find(Label.class, byId("continuity.status"));
        assertTrue(sync(status::getText).contains("mission time must be > 0 hours"), sync(status::getText));
        Button export = find(Button.class, byId("continuity.exportTestPlan"));
        assertFalse(sync(export::isEnabled), "no test plan of an invalid model to export");
        Table tests = find(Table.class, byId("continuity.testPlan"));
        assertEquals(0, sync(tests::getItemCount));
        assertNotSame(before, sync(page::data));
    }

    @Test
    void exportWritesTheTestPlanShownAsAWorkbook() throws Exception {
        Path file = example.dir().resolve("plan.xlsx");
        TestPlan plan = sync(() -> page.data().plan());
        Button export = find(Button.class, byId("continuity.exportTestPlan"));
        assertTrue(sync(export::isEnabled));

        syncRun(() -> {
            try {
                page.exportTestPlan(file);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(TestPlanSheet.NAME);
            int flagged = 0;
            for (int i = 0; i < plan.tests().size(); i++) {
                Row row = sheet.getRow(4 + i); // title, intro, blank, header
                assertEquals(plan.tests().get(i).id(), row.getCell(1).getStringCellValue());
                flagged += row.getCell(5).getStringCellValue().equals("DO NOT RUN IN PRODUCTION") ? 1 : 0;
            }
            assertEquals(plan.doNotRunInProduction().size(), flagged);
            assertTrue(sheet.getRow(4 + plan.tests().size()) == null, "one row per test");
        }
    }
}
