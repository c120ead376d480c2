package org.nines.ui.tests.driver;

import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** @ExtendWith(ScreenshotOnFailure.class): saves <screenshots>/FAILED-Class.method[-screen].png and dumps shells/focus */
public class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext ctx, Throwable cause) {
        String name = "FAILED-" + ctx.getRequiredTestClass().getSimpleName() + "." + ctx.getRequiredTestMethod().getName();
        try {
            System.err.println(name + ":\n" + Ui.describeUi());
            Ui.screenshot(Ui.workbenchShell(), Ui.screenshotDir().resolve(name + ".png"));
            Ui.screenshotScreen(Ui.screenshotDir().resolve(name + "-screen.png"));
        } catch (Throwable t) {
            System.err.println("screenshot on failure failed: " + t);
        }
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {}
}
