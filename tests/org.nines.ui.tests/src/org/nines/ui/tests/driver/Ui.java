package org.nines.ui.tests.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/**
 * Minimal SWTBot-like driver. Designed to be called from a NON-UI test thread
 * (tycho-surefire useUIThread=false). Real input goes through Display.post (XTEST under X11/Xvfb);
 * all widget access is marshalled with syncExec.
 */
public final class Ui {
    public static final String TEST_ID = "testid";
    public static long DEFAULT_TIMEOUT_MS = 10_000;
    /** pause after each posted OS event; 0 works under Xvfb but a few ms makes GTK motion compression harmless */
    public static long EVENT_DELAY_MS = 5;
    public static long DRAG_STEP_DELAY_MS = 20;

    private Ui() {}

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    // ---------------------------------------------------------------- threading
    public static <T> T sync(Callable<T> c) {
        Display d = display();
        if (d.getThread() == Thread.currentThread()) {
            try { return c.call(); } catch (RuntimeException e) { throw e; } catch (Exception e) { throw new RuntimeException(e); }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        d.syncExec(() -> {
            try { result.set(c.call()); } catch (Throwable t) { error.set(t); }
        });
        if (error.get() instanceof RuntimeException re) throw re;
        if (error.get() instanceof Error er) throw er;
        if (error.get() != null) throw new RuntimeException(error.get());
        return result.get();
    }

    public static void syncRun(Runnable r) {
        sync(() -> { r.run(); return null; });
    }

    /** Flush: everything async-posted to the UI thread before this call has run when it returns. */
    public static void flushUi() {
        syncRun(() -> {});
        syncRun(() -> {});
    }

    /** UI thread only: dispatch until the queue is empty, for at least minMs. */
    static void processEvents(long minMs) {
        Display d = display();
        long end = System.currentTimeMillis() + minMs;
        do {
            while (d.readAndDispatch()) { }
            if (System.currentTimeMillis() < end) sleepQuietly(1);
        } while (System.currentTimeMillis() < end);
        while (d.readAndDispatch()) { }
    }

    // ---------------------------------------------------------------- waiting
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, DEFAULT_TIMEOUT_MS);
    }

    /** Polls condition ON THE UI THREAD until true or timeout. Works from test thread or (pumping) from the UI thread. */
    public static void waitUntil(String what, BooleanSupplier condition, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        Display d = display();
        boolean onUi = d.getThread() == Thread.currentThread();
        while (true) {
            if (sync(condition::getAsBoolean)) return;
            if (System.currentTimeMillis() > end) throw new AssertionError("Timed out after " + timeoutMs + " ms waiting for: " + what);
            if (onUi) {
                // cannot sleep on the UI thread: pump events instead
                if (!d.readAndDispatch()) sleepQuietly(10);
            } else {
                sleepQuietly(20);
            }
        }
    }

    /** Waits for all jobs of a family. Never call from the UI thread with join(): the job may syncExec -> deadlock. */
    public static void waitForJobs(Object family, long timeoutMs) {
        Display d = display();
        if (d.getThread() == Thread.currentThread()) {
            waitUntil("jobs " + family, () -> Job.getJobManager().find(family).length == 0, timeoutMs);
            return;
        }
        long end = System.currentTimeMillis() + timeoutMs;
        try {
            // IJobManager.join(family) has no timeout overload: a monitor that "cancels" at the deadline does it
            Job.getJobManager().join(family, new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return System.currentTimeMillis() > end;
                }
            });
        } catch (OperationCanceledException e) {
            throw new AssertionError("jobs of family " + family + " still running after " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        flushUi(); // let the asyncExec's the jobs posted on completion run
    }

    // ---------------------------------------------------------------- finding
    public static Predicate<Widget> byId(String id) {
        return w -> id.equals(w.getData(TEST_ID));
    }

    public static Predicate<Widget> byText(String text) {
        return w -> text.equals(textOf(w)) || text.equals(stripMnemonic(textOf(w)));
    }

    static String textOf(Widget w) {
        if (w instanceof Button b) return b.getText();
        if (w instanceof Label l) return l.getText();
        if (w instanceof Text t) return t.getText();
        if (w instanceof Item i) return i.getText();
        if (w instanceof Shell s) return s.getText();
        return null;
    }

    static String stripMnemonic(String s) {
        return s == null ? null : s.replace("&", "");
    }

    /** Find (waiting up to DEFAULT_TIMEOUT_MS) a widget of the given type matching p in any shell of the display. */
    public static <T extends Widget> T find(Class<T> type, Predicate<Widget> p) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil(type.getSimpleName() + " matching " + p, () -> {
            for (Shell s : display().getShells()) {
                T t = findIn(s, type, p);
                if (t != null) { found.set(t); return true; }
            }
            return false;
        });
        return found.get();
    }

    static <T extends Widget> T findIn(Widget w, Class<T> type, Predicate<Widget> p) {
        if (w.isDisposed()) return null;
        if (type.isInstance(w) && p.test(w)) return type.cast(w);
        List<Widget> kids = new ArrayList<>();
        if (w instanceof Shell s && s.getMenuBar() != null) kids.add(s.getMenuBar());
        if (w instanceof Composite c) kids.addAll(List.of(c.getChildren()));
        if (w instanceof ToolBar tb) kids.addAll(List.of(tb.getItems()));
        if (w instanceof Menu m) kids.addAll(List.of(m.getItems()));
        if (w instanceof MenuItem mi && mi.getMenu() != null) kids.add(mi.getMenu());
        for (Widget k : kids) {
            T t = findIn(k, type, p);
            if (t != null) return t;
        }
        return null;
    }

    // ---------------------------------------------------------------- real OS input (Display.post)
    /**
     * SWT >= 4.1x on GTK3 no longer uses XTEST: post() warps the pointer (gdk_device_warp, needs UI thread:
     * setCursorLocation checks the thread) and gdk_event_put()s synthetic GdkEventButton/GdkEventKey. So: always post on the UI thread.
     */
    private static volatile boolean fixesInstalled;
    /** SWT.BUTTON1.. mask of buttons the driver currently holds down */
    static volatile int heldButtons, pendingPress;

    /**
     * Workarounds for SWT 3.134 GTK3 Display.post():
     * (1) synthetic GdkEventButton has x_root/y_root = 0, so MouseDown/MouseUp arrive with x,y = -control.toDisplay(0,0);
     *     repair from the (really warped) cursor position. Harmless for real clicks (same result).
     * (2) the X server never sees the button press, so MouseMove.stateMask lacks BUTTON1 during a drag; add it back.
     */
    static void installPostFixes() {
        if (fixesInstalled) return;
        Display d = display();
        Runnable install = () -> {
            if (fixesInstalled) return;
            Listener fixCoords = e -> {
                if (!(e.widget instanceof Control c) || c.isDisposed()) return;
                Point o = c.toDisplay(0, 0);
                if (e.x == -o.x && e.y == -o.y) {
                    Point p = c.toControl(d.getCursorLocation());
                    e.x = p.x;
                    e.y = p.y;
                }
            };
            d.addFilter(SWT.MouseDown, fixCoords);
            d.addFilter(SWT.MouseUp, fixCoords);
            // held state follows the *delivered* press/release, so stale warp-motions before the press don't get BUTTON1
            d.addFilter(SWT.MouseDown, e -> { if ((pendingPress & buttonMask(e.button)) != 0) { heldButtons |= buttonMask(e.button); pendingPress &= ~buttonMask(e.button); } });
            d.addFilter(SWT.MouseUp, e -> heldButtons &= ~buttonMask(e.button));
            d.addFilter(SWT.MouseDoubleClick, fixCoords);
            d.addFilter(SWT.MouseMove, e -> e.stateMask |= heldButtons);
            fixesInstalled = true;
        };
        if (d.getThread() == Thread.currentThread()) install.run(); else d.syncExec(install);
    }

    static void post(Event e) {
        installPostFixes();
        Display d = display();
        if (d.getThread() == Thread.currentThread()) {
            // UI-thread tests: nobody else dispatches, so process the event (and the X events it caused) now
            if (!d.post(e)) throw new IllegalStateException("Display.post refused " + e);
            processEvents(EVENT_DELAY_MS);
            return;
        }
        if (!sync(() -> d.post(e))) throw new IllegalStateException("Display.post refused " + e);
        if (EVENT_DELAY_MS > 0) sleepQuietly(EVENT_DELAY_MS);
    }

    public static void mouseMove(int x, int y) {
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = x;
        e.y = y;
        post(e);
    }

    static int buttonMask(int button) {
        return button == 1 ? SWT.BUTTON1 : button == 2 ? SWT.BUTTON2 : button == 3 ? SWT.BUTTON3 : 0;
    }

    public static void mouseDown(int button) {
        pendingPress |= buttonMask(button);
        Event e = new Event();
        e.type = SWT.MouseDown;
        e.button = button;
        post(e);
    }

    public static void mouseUp(int button) {
        Event e = new Event();
        e.type = SWT.MouseUp;
        e.button = button;
        post(e);
    }

    /** Center of a control, in display coordinates. */
    public static Point center(Control c) {
        return sync(() -> {
            Point s = c.getSize();
            return c.toDisplay(s.x / 2, s.y / 2);
        });
    }

    /** GOTCHA: right after showView() the part may not be laid out yet (size 0) -> wait before computing coordinates. */
    public static void waitShowing(Control c) {
        waitUntil(c + " showing", () -> c.isVisible() && c.getSize().x > 0 && c.getSize().y > 0);
    }

    public static void click(Control c) {
        waitShowing(c);
        Point p = center(c);
        clickAt(p.x, p.y);
    }

    public static void click(ToolItem item) {
        Point p = sync(() -> {
            Rectangle b = item.getBounds();
            return item.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
        });
        clickAt(p.x, p.y);
    }

    public static void clickAt(int x, int y) {
        mouseMove(x, y);
        mouseDown(1);
        mouseUp(1);
    }

    /** Press at (x1,y1), move in steps to (x2,y2), release. Coordinates relative to the control. */
    public static void drag(Control c, int x1, int y1, int x2, int y2, int steps) {
        waitShowing(c);
        Point a = sync(() -> c.toDisplay(x1, y1));
        Point b = sync(() -> c.toDisplay(x2, y2));
        mouseMove(a.x, a.y);
        mouseDown(1);
        for (int i = 1; i <= steps; i++) {
            mouseMove(a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps);
            sleepQuietly(DRAG_STEP_DELAY_MS); // GTK compresses motion events; without a pause most intermediate points are merged
        }
        mouseUp(1);
    }

    static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    /** Types text into whatever has keyboard focus (US layout assumed for shifted symbols). */
    public static void type(String text) {
        for (char ch : text.toCharArray()) {
            boolean shift = Character.isUpperCase(ch) || SHIFTED.indexOf(ch) >= 0;
            if (shift) keyDown(SWT.SHIFT, '\0');
            keyDown(0, ch);
            keyUp(0, ch);
            if (shift) keyUp(SWT.SHIFT, '\0');
        }
    }

    /** Press a key chord, e.g. key(SWT.MOD1, 'z'), key(0, SWT.DEL), key(SWT.ALT, 's'), key(0, SWT.ARROW_DOWN). */
    public static void key(int modifiers, int keyOrChar) {
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
        for (int m : mods) if ((modifiers & m) != 0) keyDown(m, '\0');
        boolean isChar = (keyOrChar & SWT.KEYCODE_BIT) == 0;
        // GOTCHA: control characters (DEL, BS, CR, ESC, TAB) must ALSO be given as keyCode, else GTK post sends keyval 0x7f etc. = nothing
        boolean ctrlChar = isChar && (keyOrChar == SWT.DEL || keyOrChar == SWT.BS || keyOrChar == SWT.CR || keyOrChar == SWT.ESC
                || keyOrChar == SWT.TAB || keyOrChar == SWT.LF);
        int code = isChar ? (ctrlChar ? keyOrChar : 0) : keyOrChar;
        char ch = isChar ? (char) keyOrChar : '\0';
        keyDown(code, ch);
        keyUp(code, ch);
        for (int i = mods.length - 1; i >= 0; i--) if ((modifiers & mods[i]) != 0) keyUp(mods[i], '\0');
    }

    static void keyDown(int keyCode, char ch) {
        Event e = new Event();
        e.type = SWT.KeyDown;
        e.keyCode = keyCode;
        e.character = ch;
        post(e);
    }

    static void keyUp(int keyCode, char ch) {
        Event e = new Event();
        e.type = SWT.KeyUp;
        e.keyCode = keyCode;
        e.character = ch;
        post(e);
    }

    /** Bring the workbench shell to front and give it keyboard focus (needed without a window manager). */
    public static Shell activateWorkbenchShell() {
        Shell shell = workbenchShell();
        if (Boolean.getBoolean("nines.ui.debug"))
            System.out.println("OBS before activate: activeShell=" + sync(() -> display().getActiveShell()) + " focus=" + sync(() -> display().getFocusControl()));
        syncRun(() -> { shell.forceActive(); shell.forceFocus(); });
        waitUntil("workbench shell active", () -> display().getActiveShell() == shell, 5000);
        return shell;
    }

    // ---------------------------------------------------------------- synthetic (no OS) events
    public static void fire(Widget w, int type) {
        fire(w, type, new Event());
    }

    public static void fire(Widget w, int type, Event e) {
        syncRun(() -> {
            e.widget = w;
            e.display = w.getDisplay();
            e.time = (int) System.currentTimeMillis();
            w.notifyListeners(type, e);
        });
    }

    /** Selects a menu item via synthetic events: SWT.Show on each menu along the path (lets JFace/E4 fill lazy menus), then Selection. */
    public static void menuViaNotify(Shell shell, String... path) {
        syncRun(() -> {
            Menu menu = shell.getMenuBar();
            MenuItem item = null;
            for (String label : path) {
                menu.notifyListeners(SWT.Show, new Event());
                item = null;
                for (MenuItem mi : menu.getItems()) if (label.equals(stripMnemonic(mi.getText()))) item = mi;
                if (item == null) throw new AssertionError("no menu item '" + label + "'");
                if (item.getMenu() != null) menu = item.getMenu();
            }
            MenuItem target = item;
            target.notifyListeners(SWT.Arm, new Event());
            target.notifyListeners(SWT.Selection, new Event());
            for (Menu m = target.getParent(); m != null && m != shell.getMenuBar(); m = m.getParentMenu())
                m.notifyListeners(SWT.Hide, new Event());
        });
    }

    // ---------------------------------------------------------------- screenshots
    /** Grabs the screen area of the shell (what a user would see) via GC.copyArea on the Display. */
    public static Path screenshot(Shell shell, Path file) {
        ImageData data = sync(() -> {
            Display d = shell.getDisplay();
            Rectangle r = shell.getBounds();
            Image img = new Image(d, r.width, r.height);
            GC gc = new GC(d);
            try {
                gc.copyArea(img, r.x, r.y);
                return img.getImageData();
            } finally {
                gc.dispose();
                img.dispose();
            }
        });
        return save(data, file);
    }

    /** Whole X screen (for debugging focus/stacking problems). */
    public static Path screenshotScreen(Path file) {
        ImageData data = sync(() -> {
            Display d = display();
            Rectangle r = d.getBounds();
            Image img = new Image(d, r.width, r.height);
            GC gc = new GC(d);
            try {
                gc.copyArea(img, r.x, r.y);
                return img.getImageData();
            } finally {
                gc.dispose();
                img.dispose();
            }
        });
        return save(data, file);
    }

    public static Shell workbenchShell() {
        return sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
    }

    /** One-line-per-shell dump: bounds, visibility, active shell, focus control. */
    public static String describeUi() {
        return sync(() -> {
            Display d = display();
            StringBuilder sb = new StringBuilder();
            for (Shell s : d.getShells())
                sb.append("shell '").append(s.getText()).append("' ").append(s.getBounds()).append(" visible=").append(s.isVisible()).append('\n');
            sb.append("activeShell=").append(d.getActiveShell() == null ? null : d.getActiveShell().getText())
              .append(" focus=").append(d.getFocusControl())
              .append(d.getFocusControl() == null ? "" : " testid=" + d.getFocusControl().getData(TEST_ID))
              .append(" cursor=").append(d.getCursorLocation());
            return sb.toString();
        });
    }

    /** Alternative: render the shell (incl. obscured parts) into an image with Control.print. */
    public static Path printShell(Shell shell, Path file) {
        ImageData data = sync(() -> {
            Rectangle r = shell.getBounds();
            Image img = new Image(shell.getDisplay(), r.width, r.height);
            GC gc = new GC(img);
            try {
                if (!shell.print(gc)) throw new IllegalStateException("print unsupported");
                return img.getImageData();
            } finally {
                gc.dispose();
                img.dispose();
            }
        });
        return save(data, file);
    }

    static Path save(ImageData data, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    public static Path screenshotDir() {
        return Path.of(System.getProperty("nines.screenshots", "target/screenshots"));
    }

    static void sleepQuietly(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
