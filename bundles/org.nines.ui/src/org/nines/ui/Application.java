package org.nines.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** The Nines workbench application ({@code org.nines.ui.application}). */
public class Application implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            int code = PlatformUI.createAndRunWorkbench(display, new NinesWorkbenchAdvisor(modelFiles(args)));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The .nines files named on the command line (./nines FILE.nines opens them). */
    static java.util.List<java.nio.file.Path> modelFiles(String[] args) {
        if (args == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(args).filter(a -> a.endsWith(".nines")).map(java.nio.file.Path::of).toList();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        var workbench = PlatformUI.getWorkbench();
        var display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
