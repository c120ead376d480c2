package org.nines.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Menus and global actions of the model editor: Undo/Redo/Select All on the editor's command stack and canvas, and a
 * Model menu (and tool bar) with Analyse, Automatic layout, zoom and the results overlay switch.
 */
public class ModelEditorContributor extends MultiPageEditorActionBarContributor {
    private ModelEditor editor;
    private final StackAction undo = new StackAction("&Undo", true);
    private final StackAction redo = new StackAction("&Redo", false);
    private final IAction selectAll = action("Select &All", () -> {
        if (editor.isDiagramPageActive()) {
            editor.canvas().selectAll();
        }
    });
    private final IAction delete = action("&Delete", () -> editor.deletePageSelection()); // acts on the page showing
    private final IAction copy = action("&Copy", () -> {
        if (editor.isDiagramPageActive()) {
            editor.canvas().copySelection();
        }
    });
    private final IAction paste = action("&Paste", () -> {
        if (editor.isDiagramPageActive()) {
            editor.canvas().paste();
        }
    });
    private final IAction simulate = action("&Simulate...\tCtrl+F9", () -> org.nines.ui.analysis.SimulationLauncher.run(editor));
    private final IAction optimize = action("&Optimise Redundancy...", () -> org.nines.ui.analysis.OptimizeDialog.open(
            editor.getSite().getShell(), editor.model(), editor.getTitle()));
    private final IAction connectTool = action("&Connector Tool", () -> editor.canvas().setConnectTool(!editor.canvas().connectTool()));
    private final IAction analyze = action("&Analyse\tF9", () -> editor.analyze());
    private final IAction layout = action("Automatic &Layout\tCtrl+Shift+L", () -> editor.autoLayout());
    private final IAction zoomIn = action("Zoom &In", () -> editor.canvas().setZoom(editor.canvas().zoom() * 1.2));
    private final IAction zoomOut = action("Zoom &Out", () -> editor.canvas().setZoom(editor.canvas().zoom() / 1.2));
    private final IAction fit = action("&Fit to Window", () -> editor.canvas().zoomToFit());
    private final IAction exportWorkbook = action("&Export Risk Register Workbook...", () -> WorkshopActions.exportWorkbook(editor));
    private final IAction importEdits = action("&Import Risk Edits from Workbook...", () -> WorkshopActions.importEdits(editor));
    private final IAction showResults = new Action("Show &Results on Diagram", IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            if (editor != null) {
                editor.canvas().setShowResults(isChecked());
            }
        }
    };
    private final CommandStackListener stackListener = e -> updateStackActions();

    public ModelEditorContributor() {
        analyze.setAccelerator(SWT.F9);
        analyze.setId("org.nines.ui.analyze");
        simulate.setAccelerator(SWT.MOD1 | SWT.F9);
        simulate.setId("org.nines.ui.simulate");
        optimize.setId("org.nines.ui.optimize");
        layout.setAccelerator(SWT.MOD1 | SWT.SHIFT | 'L');
        layout.setId("org.nines.ui.layout");
        showResults.setChecked(true);
    }

    private IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                if (editor != null) {
                    run.run();
                }
            }
        };
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
            showResults.setChecked(editor.canvas() == null || editor.canvas().showResults());
        }
        super.setActiveEditor(part);
        IActionBars bars = getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        updateStackActions();
        bars.updateActionBars();
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // the pages are plain controls, not nested editors: nothing to switch
    }

    @Override
    public void contributeToMenu(IMenuManager menuManager) {
        MenuManager model = new MenuManager("&Model", "org.nines.ui.modelMenu");
        model.add(analyze);
        model.add(simulate);
        model.add(optimize);
        model.add(new Separator());
        model.add(connectTool);
        model.add(layout);
        model.add(zoomIn);
        model.add(zoomOut);
        model.add(fit);
        model.add(new Separator());
        model.add(showResults);
        model.add(new Separator());
        model.add(exportWorkbook);
        model.add(importEdits);
        menuManager.insertAfter(IWorkbenchActionConstants.M_EDIT, model);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBarManager) {
        toolBarManager.add(analyze);
        toolBarManager.add(simulate);
        toolBarManager.add(layout);
        toolBarManager.add(fit);
    }

    private void updateStackActions() {
        CommandStack stack = editor == null ? null : editor.getEditingDomain().getCommandStack();
        undo.update(stack);
        redo.update(stack);
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }

    /** Undo or redo on the active editor's command stack, labelled with the command's name. */
    private final class StackAction extends Action {
        private final boolean undo;
        private final String base;

        StackAction(String text, boolean undo) {
            super(text);
            this.base = text;
            this.undo = undo;
        }

        void update(CommandStack stack) {
            boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
            setEnabled(can);
            var command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
            setText(command != null && command.getLabel() != null ? base + " " + command.getLabel() : base);
        }

        @Override
        public void run() {
            if (editor != null) {
                CommandStack stack = editor.getEditingDomain().getCommandStack();
                if (undo) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }
    }
}
