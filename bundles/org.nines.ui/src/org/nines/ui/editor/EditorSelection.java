package org.nines.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The model editor's selection as the workbench sees it (Properties, Outline and other views listen to it): a
 * structured selection of model objects (diagram nodes and connectors, components, risks) from whichever page the
 * user selected in last.
 */
final class EditorSelection implements ISelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    /** Publishes the objects (in order) as the new selection. */
    void select(List<?> objects) {
        setSelection(objects.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(objects));
    }
}
