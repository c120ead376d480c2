package org.nines.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.nines.ui.views.ChartsView;
import org.nines.ui.views.ResultsView;

/** The Nines perspective: models open in the editor area, analysis results below it. */
public class NinesPerspective implements IPerspectiveFactory {
    public static final String ID = "org.nines.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout bottom = layout.createFolder("org.nines.ui.bottom", IPageLayout.BOTTOM, 0.58f, IPageLayout.ID_EDITOR_AREA);
        bottom.addView(ResultsView.ID);
        bottom.addView(ChartsView.ID);
        layout.addShowViewShortcut(ResultsView.ID);
        layout.addShowViewShortcut(ChartsView.ID);
    }
}
