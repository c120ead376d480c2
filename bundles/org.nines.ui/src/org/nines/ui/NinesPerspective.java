package org.nines.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.nines.ui.views.ChartsView;
import org.nines.ui.views.ProblemsView;
import org.nines.ui.views.PropertiesView;
import org.nines.ui.views.ResultsView;

/**
 * The Nines perspective: models open in the editor area; results, charts and problems below it; the selected
 * element's properties at the bottom right (in their own folder, so that an analysis bringing Results to the front
 * never hides them); the outline on the right.
 */
public class NinesPerspective implements IPerspectiveFactory {
    public static final String ID = "org.nines.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout bottom = layout.createFolder("org.nines.ui.bottom", IPageLayout.BOTTOM, 0.62f, IPageLayout.ID_EDITOR_AREA);
        bottom.addView(ResultsView.ID);
        bottom.addView(ChartsView.ID);
        bottom.addView(ProblemsView.ID);
        IFolderLayout properties = layout.createFolder("org.nines.ui.bottomRight", IPageLayout.RIGHT, 0.55f, "org.nines.ui.bottom");
        properties.addView(PropertiesView.ID);
        IFolderLayout right = layout.createFolder("org.nines.ui.right", IPageLayout.RIGHT, 0.80f, IPageLayout.ID_EDITOR_AREA);
        right.addView(IPageLayout.ID_OUTLINE);
        for (String id : new String[] { ResultsView.ID, ChartsView.ID, ProblemsView.ID, PropertiesView.ID, IPageLayout.ID_OUTLINE }) {
            layout.addShowViewShortcut(id);
        }
    }
}
