package org.nines.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.nines.ui.editor.ModelEditor;

/**
 * Properties of the model element selected in a Nines editor (diagram or components page) or in the Outline, in tabs
 * (see {@link PropertiesPanel}). Edits go through that editor's command stack. Selections of other views that hold no
 * model element leave the shown element alone; an empty selection in the editor shows the model's settings; closing
 * its editor clears the view.
 */
public class PropertiesView extends ViewPart {
    public static final String ID = "org.nines.ui.views.properties";
    private PropertiesPanel panel;
    private ModelEditor editor;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final IPartListener2 closeListener = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (editor != null && ref.getPart(false) == editor) {
                editor = null;
                panel.show(null, null, null);
                setContentDescription("");
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        panel = new PropertiesPanel(parent);
        getSite().getPage().addSelectionListener(selectionListener);
        getSite().getPage().addPartListener(closeListener);
        if (getSite().getPage().getActiveEditor() instanceof ModelEditor active) {
            selectionChanged(active, active.getSite().getSelectionProvider().getSelection());
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        if (structured.getFirstElement() instanceof EObject object) {
            ModelEditor owner = OpenEditors.owning(getSite().getPage(), object);
            if (owner != null) {
                show(owner, object);
            }
        } else if (structured.isEmpty() && part instanceof ModelEditor source) {
            show(source, source.model()); // nothing selected: the model's own settings
        }
    }

    private void show(ModelEditor owner, EObject object) {
        editor = owner;
        panel.show(object, owner.getEditingDomain(), linked -> OpenEditors.reveal(owner, linked, true));
        setContentDescription(object == null ? "" : org.nines.model.validation.Labels.of(object));
    }

    /** The panel showing the element (for tests). */
    public PropertiesPanel panel() {
        return panel;
    }

    /**
     * Keeps the focus where it is when it already is in the view: the workbench calls this when the user clicks a
     * field of the inactive view, and moving the focus to the first field would send the typing there.
     */
    @Override
    public void setFocus() {
        for (Control c = panel.control().getDisplay().getFocusControl(); c != null; c = c.getParent()) {
            if (c == panel.control()) {
                return;
            }
        }
        panel.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        getSite().getPage().removePartListener(closeListener);
        super.dispose();
    }
}
