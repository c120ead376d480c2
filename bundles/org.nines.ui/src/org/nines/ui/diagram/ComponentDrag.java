package org.nines.ui.diagram;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.nines.model.Component;

/**
 * Lets the user drag a component from a viewer (the Components table, the Outline tree) onto the diagram to place
 * another block for it (a shared component). The dragged data is the text {@code nines-component:<id>};
 * {@link DiagramDropSupport} accepts it. Rows that are not components (other outline nodes) are not dragged.
 */
public final class ComponentDrag {
    /** Text prefix of a dragged component. */
    public static final String PREFIX = "nines-component:";

    private ComponentDrag() {
    }

    /** Makes the {@link Component} rows of a table or tree viewer draggable (the first selected one is dragged). */
    public static void install(StructuredViewer viewer) {
        DragSource source = new DragSource(viewer.getControl(), DND.DROP_COPY | DND.DROP_LINK);
        source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected(viewer) != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                Component component = selected(viewer);
                if (component != null) {
                    event.data = PREFIX + component.getId();
                }
            }
        });
    }

    private static Component selected(StructuredViewer viewer) {
        return viewer.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Component c ? c : null;
    }
}
