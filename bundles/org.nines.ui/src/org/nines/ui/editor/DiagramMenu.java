package org.nines.ui.editor;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.nines.model.Component;
import org.nines.model.DiagramElement;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.diagram.DiagramEditing;

/**
 * The diagram's context menu (add a block for any component, add k-of-n nodes, connect, rename, enable/disable,
 * delete, export as PNG) and its keys: Delete deletes, F2 renames, Ctrl+A selects all.
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
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
                deleteSelection();
            } else if (e.keyCode == SWT.F2) {
                renameSelection();
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
                canvas.selectAll();
            }
        });
    }

    private void fill(IMenuManager menu) {
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
        Action rename = action("&Rename...\tF2", this::renameSelection);
        rename.setEnabled(selection.size() == 1);
        menu.add(rename);
        boolean anyEnabled = selection.stream().anyMatch(DiagramElement::isEnabled);
        Action toggle = action(anyEnabled ? "&Disable (keep for scenarios)" : "&Enable",
                () -> execute(editing.setEnabled(selection, !anyEnabled)));
        toggle.setEnabled(!selection.isEmpty());
        menu.add(toggle);
        Action delete = action("&Delete\tDel", this::deleteSelection);
        delete.setEnabled(editing.delete(selection) != null);
        menu.add(delete);
        menu.add(new Separator());
        menu.add(action("Export Diagram as &PNG...", this::exportPng));
    }

    void deleteSelection() {
        Command delete = editing.delete(canvas.selection());
        if (delete != null) {
            execute(delete);
            canvas.clearSelection();
        }
    }

    private void renameSelection() {
        List<DiagramNode> selection = canvas.selection();
        if (selection.size() != 1) {
            return;
        }
        Element element = selection.get(0);
        InputDialog dialog = new InputDialog(canvas.getShell(), "Rename", "New name of " + name(element) + ":",
                element.getName(), text -> text.isBlank() ? "A name must not be empty." : null);
        if (dialog.open() == Window.OK) {
            execute(editing.rename(element, dialog.getValue().strip()));
        }
    }

    private void exportPng() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName(canvas.diagram().getName() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportPng(Path.of(chosen));
        }
    }

    /** Writes the shown diagram at 100 % as a PNG file. */
    void exportPng(Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { canvas.renderImage() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
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
