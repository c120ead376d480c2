package org.nines.ui.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.nines.ui.editor.ModelEditor;

/**
 * Validation problems of the active Nines model (see {@link ProblemsPanel}); the model is not in an Eclipse workspace,
 * so this view lists them itself instead of using markers. Follows the active model editor; double-click shows the
 * element in it. The content description counts errors and warnings.
 */
public class ProblemsView extends ViewPart {
    public static final String ID = "org.nines.ui.views.problems";
    private ProblemsPanel panel;
    private ModelEditor editor;
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (editor != null && ref.getPart(false) == editor) {
                editor = null;
                panel.show(null, null, null);
                follow(getSite().getPage().getActiveEditor());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        panel = new ProblemsPanel(parent);
        panel.onSummary(this::setContentDescription);
        getSite().getPage().addPartListener(editorTracker);
        follow(getSite().getPage().getActiveEditor());
        if (editor == null) {
            panel.show(null, null, null);
        }
    }

    private void follow(IWorkbenchPart part) {
        if (part instanceof ModelEditor modelEditor && modelEditor != editor && modelEditor.model() != null) {
            editor = modelEditor;
            panel.show(editor.model(), editor.getEditingDomain().getCommandStack(), element -> OpenEditors.reveal(modelEditor, element, true));
        }
    }

    /** The panel listing the problems (for tests). */
    public ProblemsPanel panel() {
        return panel;
    }

    @Override
    public void setFocus() {
        panel.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        super.dispose();
    }
}
