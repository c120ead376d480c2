package org.nines.ui.tests.driver;

import java.util.Optional;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * @ExtendWith(ScreenshotOnFailure.class): saves <screenshots>/FAILED-Class.method[-screen].png and dumps shells/focus.
 * A failing test body is captured right after it fails, before @AfterEach closes its editors; a failure elsewhere
 * (@BeforeEach, @AfterEach) is captured when JUnit reports it.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback, TestWatcher {
    private static final String CAPTURED = "captured";

    @Override
    public void afterTestExecution(ExtensionContext ctx) {
        if (ctx.getExecutionException().isPresent()) {
            capture(ctx);
            ctx.getStore(ExtensionContext.Namespace.create(ScreenshotOnFailure.class)).put(CAPTURED, Boolean.TRUE);
        }
    }

    @Override
    public void testFailed(ExtensionContext ctx, Throwable cause) {
        if (ctx.getStore(ExtensionContext.Namespace.create(ScreenshotOnFailure.class)).get(CAPTURED) == null) {
            capture(ctx);
        }
    }

    private static void capture(ExtensionContext ctx) {
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
