package org.nines.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.nines.ui.actions.ExportDiagramAction;
import org.nines.ui.actions.ExportMefAction;
import org.nines.ui.actions.ImportMefAction;
import org.nines.ui.actions.NewModelAction;
import org.nines.ui.actions.RecentFilesMenu;
import org.nines.ui.actions.UserGuideAction;
import org.nines.ui.actions.WorkbookActions;

/**
 * The File (New, Open, Open Recent, Save, Import, Export), Edit, Window and Help (User Guide, About) menus. Registering the workbench actions here is what makes Ctrl+S,
 * Ctrl+Z/Y, Ctrl+C/V and Delete reach the active part's handlers in a bare RCP application.
 */
public class NinesActionBarAdvisor extends ActionBarAdvisor {
    private OpenModelAction open;
    private NewModelAction newModel;
    private UserGuideAction userGuide;
    private IAction importMef;
    private IAction importEdits;
    private IAction exportWorkbook;
    private IAction exportPng;
    private IAction exportSvg;
    private IAction exportMef;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction close;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;
    private org.eclipse.jface.action.IContributionItem showViews;

    public NinesActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // A definition id makes the action the handler of that command, so its key binding works (plugin.xml binds
        // Ctrl+O and F1; Ctrl+N is the platform's New command, which would otherwise open an empty wizard list).
        open = new OpenModelAction(window);
        open.setActionDefinitionId("org.nines.ui.openModel");
        super.register(open);
        newModel = new NewModelAction(window);
        newModel.setActionDefinitionId("org.eclipse.ui.newWizard");
        super.register(newModel);
        userGuide = new UserGuideAction(window);
        userGuide.setActionDefinitionId("org.nines.ui.userGuide");
        super.register(userGuide);
        importMef = new ImportMefAction(window);
        importEdits = WorkbookActions.importEdits(window);
        exportWorkbook = WorkbookActions.export(window);
        exportPng = new ExportDiagramAction(window, ExportDiagramAction.Format.PNG);
        exportSvg = new ExportDiagramAction(window, ExportDiagramAction.Format.SVG);
        exportMef = new ExportMefAction(window);
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        showViews = org.eclipse.ui.actions.ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        menu.add(newModel);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(open);
        MenuManager recent = new MenuManager("Open &Recent", "org.nines.ui.openRecent");
        recent.add(new RecentFilesMenu());
        menu.add(recent);
        menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        menu.add(new Separator());
        menu.add(close);
        menu.add(save);
        menu.add(saveAs);
        menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        MenuManager imports = new MenuManager("&Import", "org.nines.ui.import");
        imports.add(importMef);
        imports.add(importEdits);
        menu.add(imports);
        MenuManager exports = new MenuManager("E&xport", "org.nines.ui.export");
        exports.add(exportWorkbook);
        exports.add(exportPng);
        exports.add(exportSvg);
        exports.add(exportMef);
        menu.add(exports);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(quit);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager views = new MenuManager("Show &View", "org.nines.ui.showView");
        views.add(showViews);
        menu.add(views);
        menu.add(resetPerspective);
        menu.add(new Separator());
        menu.add(preferences);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(userGuide);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(about);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        return menu;
    }
}
