package org.nines.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.ui.editor.ModelEditor;

/** Finds the model editor that edits a model element, and shows elements in it. */
final class OpenEditors {
    private OpenEditors() {
    }

    /** @return the open model editor whose model contains {@code object}, the active one first; null if none */
    static ModelEditor owning(IWorkbenchPage page, EObject object) {
        if (page == null || object == null) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(object);
        if (page.getActiveEditor() instanceof ModelEditor active && active.model() == root) {
            return active;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof ModelEditor editor && editor.model() == root) {
                return editor;
            }
        }
        return null;
    }

    /**
     * Shows an element in its editor through {@link ModelEditor#reveal}; risks (and what they contain) first bring up
     * the Risks page and scenarios (and their changes) the Scenarios page, as reveal does not handle those yet.
     *
     * @param activate whether to make the editor the active part (a double-click in a view), or leave the focus where it is
     */
    static void reveal(ModelEditor editor, EObject object, boolean activate) {
        if (editor == null || object == null) {
            return;
        }
        if (activate) {
            editor.getSite().getPage().activate(editor);
        }
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Risk) {
                editor.showPage(2);
            } else if (o instanceof Scenario) {
                editor.showPage(3);
            }
        }
        editor.reveal(object); // also selects the risk or scenario once the editor can
    }
}
