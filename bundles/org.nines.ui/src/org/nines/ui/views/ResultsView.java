package org.nines.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Headline figures of the latest analysis of the active model; a hint while there is none. */
public class ResultsView extends ViewPart {
    public static final String ID = "org.nines.ui.views.results";
    /** Shown while no analysis result is available. */
    public static final String NO_RESULT = "No analysis yet. Open a Nines model (.nines) and run an analysis to see "
            + "its availability, downtime per year and single points of failure here.";

    private Label message;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        message = new Label(parent, SWT.WRAP);
        message.setText(NO_RESULT);
        message.setData("testid", "results.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** @return the text currently shown, for tests and accessibility */
    public String message() {
        return message.getText();
    }

    @Override
    public void setFocus() {
        message.setFocus();
    }
}
