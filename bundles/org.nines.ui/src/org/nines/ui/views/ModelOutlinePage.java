package org.nines.ui.views;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.nines.ui.analysis.AnalysisRun;
import org.nines.ui.editor.ModelEditor;

/**
 * The Outline of a Nines editor: on top an overview of the shown diagram (click or drag to scroll the diagram), below
 * the model as a tree (components, sites, diagrams and their nodes, risks, scenarios, common-cause groups). Selecting
 * an element shows it in the editor; the tree follows every change on the editor's command stack.
 */
public class ModelOutlinePage extends ContentOutlinePage {
    private final ModelEditor editor;
    private final CommandStackListener commandListener = e -> refreshLater();
    private final Listener canvasPainted = e -> newResultsRepaintOverview();
    private SashForm sash;
    private DiagramOverview overview;
    private AnalysisRun pictured;

    public ModelOutlinePage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        sash.setData("testid", "outline.page");
        overview = new DiagramOverview(sash, editor.canvas(), editor.getEditingDomain().getCommandStack());
        super.createControl(sash);
        TreeViewer tree = getTreeViewer();
        tree.getTree().setData("testid", "outline.tree");
        tree.setContentProvider(new ModelTreeContent());
        tree.setLabelProvider(new ModelTreeContent.Labels());
        tree.setInput(editor.model());
        tree.expandToLevel(2);
        org.nines.ui.diagram.ComponentDrag.install(tree); // drag a component onto the diagram: another block for it
        sash.setWeights(35, 65);
        editor.getEditingDomain().getCommandStack().addCommandStackListener(commandListener);
        editor.canvas().addListener(SWT.Paint, canvasPainted);
        sash.addListener(SWT.Dispose, e -> {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(commandListener);
            if (!editor.canvas().isDisposed()) {
                editor.canvas().removeListener(SWT.Paint, canvasPainted);
            }
        });
    }

    /** The sash holding overview and tree is what the Outline view shows. */
    @Override
    public Control getControl() {
        return sash;
    }

    /** The diagram overview (for tests). */
    public DiagramOverview overview() {
        return overview;
    }

    /** The model tree (for tests). */
    public TreeViewer tree() {
        return getTreeViewer();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event); // the Properties view follows the Outline's selection
        if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
            OpenEditors.reveal(editor, element, false);
        }
    }

    private void refreshLater() {
        if (sash != null && !sash.isDisposed()) {
            sash.getDisplay().asyncExec(() -> {
                if (!sash.isDisposed()) {
                    getTreeViewer().refresh();
                }
            });
        }
    }

    /** Results colour the blocks: render the overview again when a new analysis run is shown. */
    private void newResultsRepaintOverview() {
        if (editor.lastRun() != pictured && overview != null && !overview.control().isDisposed()) {
            pictured = editor.lastRun();
            overview.invalidate();
        }
    }

    @Override
    public void dispose() {
        editor.getEditingDomain().getCommandStack().removeCommandStackListener(commandListener);
        super.dispose();
    }
}
