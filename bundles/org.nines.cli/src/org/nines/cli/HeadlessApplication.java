package org.nines.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Runs the {@link Main} command line inside OSGi ({@code -application org.nines.cli.headless}). */
public class HeadlessApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        int code = new Main(System.out, System.err).run(args == null ? new String[0] : args);
        System.out.flush();
        return code == Main.OK ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands run to completion; nothing to interrupt.
    }
}
