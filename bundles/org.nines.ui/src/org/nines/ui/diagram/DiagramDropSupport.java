package org.nines.ui.diagram;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.nines.model.Component;
import org.nines.model.Diagram;
import org.nines.model.SystemModel;

/**
 * Creates diagram nodes where the user drops or clicks them: installs a drop target on the canvas that accepts palette
 * entries ({@code nines-palette:<key>}) and components dragged from the Components table
 * ({@code nines-component:<id>}, see {@link ComponentDrag}), both as text. Each placement is one command on the
 * editor's command stack; the new node is selected.
 */
public final class DiagramDropSupport {
    private final DiagramCanvas canvas;
    private final EditingDomain domain;
    private final PaletteCommands commands;

    /** Installs the drop target on the canvas (once per canvas). */
    public DiagramDropSupport(DiagramCanvas canvas, EditingDomain domain) {
        this.canvas = canvas;
        this.domain = domain;
        this.commands = new PaletteCommands(domain);
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = canvas.diagram() == null ? DND.DROP_NONE : DND.DROP_COPY;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragEnter(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String text) {
                    Point local = canvas.toControl(event.x, event.y);
                    if (!placeDropped(text, local.x, local.y)) {
                        event.detail = DND.DROP_NONE;
                    }
                }
            }
        });
    }

    /**
     * Places what a dropped text names at a point in canvas control coordinates.
     *
     * @return whether the text was a palette entry or a component of the shown model, and a node was created
     */
    public boolean placeDropped(String text, int x, int y) {
        if (text.startsWith(PaletteEntry.DRAG_PREFIX)) {
            PaletteEntry entry = PaletteEntry.byKey(text.substring(PaletteEntry.DRAG_PREFIX.length()));
            return entry != null && place(entry, x, y);
        }
        if (text.startsWith(ComponentDrag.PREFIX)) {
            Component component = component(text.substring(ComponentDrag.PREFIX.length()));
            if (component != null && canvas.diagram() != null) {
                Point at = canvas.toDiagramPoint(x, y);
                execute(commands.placeComponent(canvas.diagram(), component, at.x, at.y));
                return true;
            }
        }
        return false;
    }

    /**
     * Creates what a palette entry stands for at a point in canvas control coordinates; the k-of-n tool first asks
     * for k. The connector tool switches the canvas's connector tool on instead.
     *
     * @return whether a node was created (false when cancelled or nothing to create)
     */
    public boolean place(PaletteEntry entry, int x, int y) {
        Diagram diagram = canvas.diagram();
        if (diagram == null) {
            return false;
        }
        if (entry == PaletteEntry.Tool.CONNECTOR) {
            canvas.setConnectTool(true);
            return false;
        }
        int k = 1;
        if (entry == PaletteEntry.Tool.K_OF_N) {
            Integer chosen = askK();
            if (chosen == null) {
                return false;
            }
            k = chosen;
        }
        Point at = canvas.toDiagramPoint(x, y);
        execute(commands.create(entry, diagram, at.x, at.y, k));
        return true;
    }

    private Integer askK() {
        InputDialog dialog = new InputDialog(canvas.getShell(), "New k-of-n Node",
                "How many of the incoming paths must work (k)?", "2", DiagramDropSupport::checkK);
        return dialog.open() == Window.OK ? Integer.valueOf(dialog.getValue().strip()) : null;
    }

    /** @return null when the text is a whole number >= 1, else why not */
    static String checkK(String text) {
        try {
            return Integer.parseInt(text.strip()) >= 1 ? null : "k must be at least 1.";
        } catch (NumberFormatException e) {
            return "Enter a whole number, e.g. 2.";
        }
    }

    private Component component(String id) {
        if (canvas.diagram() != null && canvas.diagram().eContainer() instanceof SystemModel model) {
            return model.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
        }
        return null;
    }

    private void execute(PaletteCommands.Creation creation) {
        domain.getCommandStack().execute(creation.command());
        canvas.modelChanged();
        canvas.select(List.of(creation.node()));
        canvas.setFocus();
    }
}
