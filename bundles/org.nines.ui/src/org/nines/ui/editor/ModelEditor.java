package org.nines.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.nines.io.model.LoadedModel;
import org.nines.io.model.ModelFileException;
import org.nines.io.model.ModelStore;
import org.nines.model.Diagram;
import org.nines.model.SystemModel;
import org.nines.ui.analysis.AnalysisJob;
import org.nines.ui.analysis.AnalysisRun;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.diagram.ElkLayout;
import org.nines.ui.views.ChartsView;
import org.nines.ui.views.ResultsView;

/**
 * The editor of a .nines model: a diagram page and a components page sharing one EMF command stack (undo/redo,
 * dirty flag). Saving is atomic (see {@link ModelStore#save}). Analyses run as background jobs on a copy of the model.
 */
public class ModelEditor extends MultiPageEditorPart implements IEditingDomainProvider {
    public static final String ID = "org.nines.ui.editors.model";
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
            commandStack);
    private final List<Diagram> path = new ArrayList<>();
    private SystemModel model;
    private Path file;
    private DiagramCanvas canvas;
    private Link breadcrumb;
    private ComponentsPage componentsPage;
    private DiagramMenu diagramMenu;
    private DecisionPages decisionPages;
    private ContinuityPage continuityPage;
    private AnalysisRun lastRun;
    private AnalysisJob running;
    private boolean resultStale;
    private final CommandStackListener commandListener = this::commandStackChanged;
    private final EditorSelection selection = new EditorSelection();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ModelEditorInput modelInput)) {
            throw new PartInitException("Nines opens .nines files only, not " + input.getName());
        }
        try {
            LoadedModel loaded = ModelStore.load(modelInput.file());
            model = loaded.model();
            file = modelInput.file();
            org.nines.ui.actions.RecentFiles.add(file);
        } catch (ModelFileException e) {
            throw new PartInitException(String.join("\n", e.messages()), e);
        }
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        commandStack.addCommandStackListener(commandListener);
    }

    @Override
    protected void createPages() {
        createDiagramPage();
        componentsPage = new ComponentsPage(getContainer(), domain, model);
        componentsPage.viewer().addSelectionChangedListener(e -> selection.setSelection(e.getSelection()));
        setPageText(addPage(componentsPage.control()), "Components");
        decisionPages = new DecisionPages(getContainer(), domain, model);
        setPageText(addPage(decisionPages.risksPage()), "Risks");
        setPageText(addPage(decisionPages.scenariosPage()), "Scenarios");
        continuityPage = new ContinuityPage(getContainer(), model);
        setPageText(addPage(continuityPage.control()), "Continuity");
        open(model.getTopDiagram() != null ? model.getTopDiagram() : model.getDiagrams().isEmpty() ? null : model.getDiagrams().get(0), true);
        analyze(); // exact analysis takes milliseconds for typical models: show results right away
    }

    private void createDiagramPage() {
        Composite page = new Composite(getContainer(), SWT.NONE);
        GridLayout layout = new GridLayout(2, false); // palette | canvas, the breadcrumb above both
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        layout.horizontalSpacing = 0;
        page.setLayout(layout);
        breadcrumb = new Link(page, SWT.NONE);
        breadcrumb.setData("testid", "diagram.breadcrumb");
        GridData crumbData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        crumbData.horizontalSpan = 2;
        crumbData.horizontalIndent = 8;
        crumbData.verticalIndent = 4;
        breadcrumb.setLayoutData(crumbData);
        breadcrumb.addListener(SWT.Selection, e -> {
            int level = Integer.parseInt(e.text);
            open(path.get(level), false);
        });
        canvas = new DiagramCanvas(page, domain);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.nines.ui.diagram.DiagramPalette palette = new org.nines.ui.diagram.DiagramPalette(page, canvas, domain); // also the drop target
        palette.moveAbove(canvas);
        palette.setLayoutData(new GridData(SWT.LEFT, SWT.FILL, false, true));
        canvas.onOpenDiagram(d -> open(d, false));
        canvas.onSelection(nodes -> selection.select(canvas.selection()));
        diagramMenu = new DiagramMenu(this, canvas);
        setPageText(addPage(page), "Diagram");
    }

    /** Shows a diagram; {@code fromTop} restarts the breadcrumb, else it is extended or cut back to it. */
    public void open(Diagram diagram, boolean fromTop) {
        int known = path.indexOf(diagram);
        if (fromTop) {
            path.clear();
            path.add(diagram);
        } else if (known >= 0) {
            path.subList(known + 1, path.size()).clear();
        } else {
            path.add(diagram);
        }
        canvas.setDiagram(diagram);
        canvas.setZoom(1.0);
        canvas.fitIfLarger();
        canvas.setResult(lastRun == null ? null : lastRun.result());
        updateBreadcrumb();
        setActivePage(0);
    }

    private void updateBreadcrumb() {
        StringBuilder text = new StringBuilder(model.getName() == null ? "Model" : model.getName());
        for (int i = 0; i < path.size(); i++) {
            String name = path.get(i) == null ? "(no diagram)" : path.get(i).getName();
            text.append("  \u203A  ").append(i == path.size() - 1 ? name : "<a href=\"" + i + "\">" + name + "</a>");
        }
        if (lastRun != null && lastRun.result() != null) {
            text.append(resultStale ? "      (results shown are stale: analyse again)" : "");
        }
        breadcrumb.setText(text.toString());
        breadcrumb.getParent().layout();
    }

    private void commandStackChanged(EventObject event) {
        getContainer().getDisplay().asyncExec(() -> {
            if (canvas.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            canvas.modelChanged();
            componentsPage.refresh();
            decisionPages.refresh();
            continuityPage.refresh();
            if (lastRun != null) {
                resultStale = true;
                updateBreadcrumb();
            }
        });
    }

    /** Runs the exact analysis in the background; the Results view and the diagram show it when done. */
    public void analyze() {
        if (running != null) {
            running.cancel(); // a newer run replaces it; its result is dropped
        }
        AnalysisJob[] job = new AnalysisJob[1];
        job[0] = new AnalysisJob(model, getContainer().getDisplay(), run -> {
            if (running == job[0]) { // only the latest run is shown, even if an older one finishes later
                showRun(run);
            }
        });
        running = job[0];
        running.schedule();
        continuityPage.show(org.eclipse.emf.ecore.util.EcoreUtil.copy(model)); // its own job, on its own copy
    }

    private void showRun(AnalysisRun run) {
        if (canvas.isDisposed()) {
            return;
        }
        lastRun = run;
        resultStale = false;
        canvas.setResult(run.result());
        componentsPage.setResult(run.result());
        decisionPages.show(run);
        updateBreadcrumb();
        try {
            ResultsView view = (ResultsView) getSite().getPage().showView(ResultsView.ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            view.show(run, this);
            if (getSite().getPage().findView(ChartsView.ID) instanceof ChartsView charts) {
                charts.show(run);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Nines", "Cannot show the results: " + e.getMessage());
        }
    }

    /**
     * Shows a model object where it lives: a diagram node opens its diagram and is selected there, a component is
     * selected in the Components page (and so in the Properties view). Other objects select their nearest shown
     * container. Does nothing for objects of another model.
     */
    public void reveal(org.eclipse.emf.ecore.EObject object) {
        for (var o = object; o != null; o = o.eContainer()) {
            if (o instanceof org.nines.model.DiagramNode node && node.eContainer() instanceof Diagram diagram) {
                if (canvas.diagram() != diagram) { // keep the user's zoom when the diagram is already shown
                    open(diagram, !path.contains(diagram) && diagram == model.getTopDiagram());
                }
                canvas.select(List.of(node));
                setActivePage(0);
                return;
            }
            if (o instanceof org.nines.model.Component component && component.eContainer() == model) {
                setActivePage(1);
                componentsPage.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(component), true);
                return;
            }
            if (o instanceof Diagram diagram && diagram.eContainer() == model) {
                open(diagram, diagram == model.getTopDiagram());
                return;
            }
        }
    }

    /** Lays out the shown diagram with ELK, as one undoable command. */
    public void autoLayout() {
        if (canvas.diagram() != null) {
            commandStack.execute(ElkLayout.command(domain, canvas.diagram()));
        }
    }

    /** Deletes the selected diagram nodes and their connectors (Edit > Delete, Del). */
    public void deleteSelection() {
        diagramMenu.deleteSelection();
    }

    /**
     * Edit &gt; Delete on the active page: diagram nodes and connectors, components (after a confirmation), risks, or
     * scenario changes / scenarios. In a focused text field (cell editor, filter) it deletes text instead.
     */
    public void deletePageSelection() {
        switch (getActivePage()) {
            case 0 -> deleteSelection();
            case 1 -> componentsPage.deleteSelection();
            default -> decisionPages.deleteSelection(getControl(getActivePage()));
        }
    }

    /** Writes the shown diagram as an SVG file, coloured by the latest result when results are shown. */
    public void exportDiagramSvg(Path target) {
        diagramMenu.exportSvg(target);
    }

    /** Writes the shown diagram as a PNG file (Export Diagram as PNG in the context menu). */
    public void exportDiagramPng(Path target) {
        diagramMenu.exportPng(target);
    }

    /** The model file being edited. */
    public Path file() {
        return file;
    }

    /** @return whether the diagram page is the one showing (Delete and Select All act on it only then) */
    public boolean isDiagramPageActive() {
        return getActivePage() == 0;
    }

    /** Shows a page: 0 diagram, 1 components, 2 risks, 3 scenarios, 4 continuity. */
    public void showPage(int index) {
        setActivePage(index);
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public SystemModel model() {
        return model;
    }

    /** @return the Continuity page (RTO/RPO per incident, failover test plan) */
    public ContinuityPage continuityPage() {
        return continuityPage;
    }

    /** @return whether the model changed since the last analysis shown (its results are then stale) */
    public boolean isResultStale() {
        return resultStale;
    }

    public AnalysisRun lastRun() {
        return lastRun;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            return adapter.cast(new org.nines.ui.views.ModelOutlinePage(this)); // asked once per editor, disposed by the view
        }
        return super.getAdapter(adapter);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        saveTo(file);
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.nines" });
        dialog.setFileName(file.getFileName().toString());
        dialog.setFilterPath(file.getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path target = Path.of(chosen.endsWith(".nines") ? chosen : chosen + ".nines");
            if (saveTo(target)) {
                file = target;
                setInputWithNotify(new ModelEditorInput(target));
                setPartName(target.getFileName().toString());
            }
        }
    }

    private boolean saveTo(Path target) {
        try {
            ModelStore.save(model, target);
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    target + " was not changed: " + e.getMessage());
            return false;
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(commandListener);
        super.dispose();
    }

    /** Opens a model file in the active workbench page. */
    public static ModelEditor openFile(Path file) throws PartInitException {
        return (ModelEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .openEditor(new ModelEditorInput(file), ID);
    }
}
