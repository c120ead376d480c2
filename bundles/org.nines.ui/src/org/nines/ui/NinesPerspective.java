package org.nines.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.nines.ui.views.ResultsView;

/** The Nines perspective: models open in the editor area, analysis results below it. */
public class NinesPerspective implements IPerspectiveFactory {
    public static final String ID = "org.nines.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(ResultsView.ID, IPageLayout.BOTTOM, 0.58f, IPageLayout.ID_EDITOR_AREA);
        layout.addShowViewShortcut(ResultsView.ID);
    }
}
