package org.nines.ui.actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.nines.ui.editor.ModelEditor;

/**
 * The entries of File &gt; Open Recent: one per recent file that still exists (numbered mnemonics 1-8), or a disabled
 * "(no recent files)". Rebuilt every time the menu is shown. Add it to a {@code MenuManager} of its own.
 */
public final class RecentFilesMenu extends CompoundContributionItem {
    public RecentFilesMenu() {
        super("org.nines.ui.openRecent.list");
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> files = RecentFiles.list();
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            items.add(new ActionContributionItem(new OpenRecentAction(i + 1, files.get(i))));
        }
        if (items.isEmpty()) {
            Action none = new Action("(no recent files)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** Opens one recent file (and so moves it to the top of the list). */
    static final class OpenRecentAction extends Action {
        private final Path file;

        OpenRecentAction(int number, Path file) {
            super("&" + number + " " + RecentFiles.label(file).replace("&", "&&"));
            this.file = file;
            setToolTipText(file.toString());
        }

        @Override
        public void run() {
            try {
                ModelEditor.openFile(file);
                RecentFiles.add(file);
            } catch (PartInitException e) {
                MessageDialog.openError(Display.getCurrent().getActiveShell(), "Open Recent",
                        file + " cannot be opened: " + e.getMessage());
            }
        }
    }
}
