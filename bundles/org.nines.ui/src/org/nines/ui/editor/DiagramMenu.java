package org.nines.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.nines.model.BendPoint;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.DiagramElement;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.diagram.DiagramEditing;

/**
 * The diagram's context menu (add a block for any component, add k-of-n nodes, connect, connector tool, rename in
 * place, enable/disable, copy, paste, delete, remove bend points, export as PNG) and its keys: Delete deletes the
 * selected nodes and connectors, Ctrl+A selects all (F2 and the other keys are the canvas's own).
 */
final class DiagramMenu {
    private final ModelEditor editor;
    private final DiagramCanvas canvas;
    private final DiagramEditing editing;

    DiagramMenu(ModelEditor editor, DiagramCanvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
        this.editing = new DiagramEditing(editor.getEditingDomain());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        canvas.setMenu(menu.createContextMenu(canvas));
        canvas.addListener(SWT.KeyDown, e -> {
            if (canvas.isRenaming()) {
                return;
            }
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
                deleteSelection();
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
                canvas.selectAll();
            }
        });
    }

    private void fill(IMenuManager menu) {
        if (canvas.diagram() == null) { // e.g. the shown sub-diagram was removed by an undo
            Action none = action("No diagram shown", () -> { });
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        List<DiagramNode> selection = canvas.selection();
        Point at = canvas.menuLocation();
        MenuManager blocks = new MenuManager("Add &Block");
        editor.model().getComponents().stream().sorted(Comparator.comparing(c -> String.valueOf(c.getName())))
                .forEach(c -> blocks.add(action(label(c), () -> execute(editing.addBlock(canvas.diagram(), c, at.x, at.y)))));
        menu.add(blocks);
        menu.add(action("Add 1-of-n Node (parallel join)", () -> execute(editing.addKofN(canvas.diagram(), 1, at.x, at.y))));
        menu.add(action("Add 2-of-n Node", () -> execute(editing.addKofN(canvas.diagram(), 2, at.x, at.y))));
        menu.add(new Separator());
        Action connect = action("&Connect " + (selection.size() == 2 ? name(selection.get(0)) + " \u2192 " + name(selection.get(1)) : "(select two nodes)"),
                () -> execute(editing.connect(selection.get(0), selection.get(1))));
        connect.setEnabled(selection.size() == 2 && editing.connect(selection.get(0), selection.get(1)) != null);
        menu.add(connect);
        Action connectTool = new Action("Connector &Tool (drag between nodes, Esc ends)", Action.AS_CHECK_BOX) {
            @Override
            public void run() {
                canvas.setConnectTool(isChecked());
            }
        };
        connectTool.setChecked(canvas.connectTool());
        menu.add(connectTool);
        Action rename = action("&Rename\tF2", canvas::renameSelection);
        rename.setEnabled(selection.size() == 1);
        menu.add(rename);
        List<Connector> connectors = canvas.selectedConnectors();
        List<DiagramElement> elements = new ArrayList<>(selection);
        elements.addAll(connectors);
        boolean anyEnabled = elements.stream().anyMatch(DiagramElement::isEnabled);
        Action toggle = action(anyEnabled ? "&Disable (keep for scenarios)" : "&Enable",
                () -> execute(editing.setEnabled(elements, !anyEnabled)));
        toggle.setEnabled(!elements.isEmpty());
        menu.add(toggle);
        List<BendPoint> bends = connectors.stream().flatMap(c -> c.getBendPoints().stream()).toList();
        Action straighten = action("Remove &Bend Points", () -> execute(removeAll(bends)));
        straighten.setEnabled(!bends.isEmpty());
        menu.add(straighten);
        menu.add(new Separator());
        Action copy = action("&Copy\tCtrl+C", canvas::copySelection);
        copy.setEnabled(!selection.isEmpty());
        menu.add(copy);
        Action paste = action("&Paste\tCtrl+V", canvas::paste);
        paste.setEnabled(canvas.canPaste());
        menu.add(paste);
        Action delete = action("&Delete\tDel", this::deleteSelection);
        delete.setEnabled(editing.delete(selection, connectors) != null);
        menu.add(delete);
        menu.add(new Separator());
        menu.add(action("Export Diagram as &PNG...", this::exportPng));
        menu.add(action("Export Diagram as &SVG...", this::exportSvg));
    }

    /** Deletes the selected nodes (with their connectors) and the selected connectors as one command. */
    void deleteSelection() {
        canvas.deleteSelection();
    }

    private Command removeAll(List<BendPoint> bends) {
        CompoundCommand remove = new CompoundCommand("Remove bend points");
        bends.forEach(b -> remove.append(editing.removeBendPoint(b)));
        return remove;
    }

    private void exportPng() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName(canvas.diagram().getName() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                exportPng(Path.of(chosen));
            } catch (java.io.UncheckedIOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Export Diagram as PNG", e.getCause().getMessage());
            }
        }
    }

    /** Writes the shown diagram at 100 % as a PNG file. */
    void exportPng(Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { canvas.renderImage() };
        try {
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) { // SWT reports a failed write (read-only folder, full disk) this way
            throw new java.io.UncheckedIOException(new java.io.IOException(file + " was not written: " + e.getMessage(), e));
        }
    }

    private void exportSvg() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.svg" });
        dialog.setFileName(canvas.diagram().getName() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportSvg(Path.of(chosen));
        }
    }

    /** Writes the shown diagram as SVG, coloured by the latest result when results are shown. */
    void exportSvg(Path file) {
        var run = editor.lastRun();
        var result = run != null && canvas.showResults() ? run.result() : null;
        try {
            org.nines.ui.diagram.SvgExport.write(canvas.diagram(), result, file);
        } catch (java.io.IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Export Diagram as SVG",
                    "Could not write " + file + ": " + e.getMessage());
        }
    }

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static String label(Component c) {
        return (c.getName() == null ? c.getId() : c.getName()).replace("&", "&&");
    }

    private static String name(Element e) {
        return e.getName() == null || e.getName().isBlank() ? e.getId() : e.getName();
    }
}
