package org.nines.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.SystemModel;
import org.nines.model.validation.Labels;

/**
 * The content of the Properties view: the selected model element's fields in tabs (General, and for components and
 * blocks Failure, Repair, Costs and Risk links). A block shows its own fields next to its component's. Every edit is a
 * command on the given editing domain's command stack; the panel follows that stack (undo, redo, edits elsewhere)
 * and rebuilds its tabs when the element's structure changes (another failure law, a deleted element).
 */
public final class PropertiesPanel {
    /** Shown while nothing is selected. */
    public static final String EMPTY = "Select a component, block, connector or other element of a Nines model to see and edit its properties.";
    private final Composite root;
    private final StackLayout stack = new StackLayout();
    private final Label message;
    private final CTabFolder tabs;
    private final CommandStackListener commandListener = e -> asyncModelChanged();
    private final List<Runnable> refreshers = new ArrayList<>();
    private EditingDomain domain;
    private EObject element;
    private Consumer<EObject> reveal = o -> { };
    private List<Object> shape = List.of();

    public PropertiesPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(stack);
        message = new Label(root, SWT.WRAP);
        message.setText(EMPTY);
        message.setData("testid", "properties.message");
        tabs = new CTabFolder(root, SWT.BORDER | SWT.FLAT);
        tabs.setData("testid", "properties.tabs");
        stack.topControl = message;
        root.addListener(SWT.Dispose, e -> listenTo(null));
    }

    public Composite control() {
        return root;
    }

    /** @return the element shown, or null */
    public EObject element() {
        return element;
    }

    /** @return the title of the selected tab, or null when no tabs are shown */
    public String selectedTab() {
        return stack.topControl == tabs && tabs.getSelection() != null ? tabs.getSelection().getText() : null;
    }

    /** Selects the tab with this title (General, Failure, Repair, Costs, Risk links) if it is shown. */
    public void selectTab(String title) {
        Arrays.stream(tabs.getItems()).filter(i -> i.getText().equals(title)).findFirst().ifPresent(tabs::setSelection);
    }

    /**
     * Shows an element (null: nothing) of a model edited through {@code domain}.
     *
     * @param reveal called when the user asks to see a linked element (a risk) in the editor
     */
    public void show(EObject element, EditingDomain domain, Consumer<EObject> reveal) {
        this.reveal = reveal == null ? o -> { } : reveal;
        if (element != null && element == this.element && domain == this.domain) {
            modelChanged(); // selected again: keep the fields (and the focus) as they are
            return;
        }
        listenTo(element == null ? null : domain);
        this.element = element;
        rebuild();
    }

    private void listenTo(EditingDomain newDomain) {
        if (domain == newDomain) {
            return;
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandListener);
        }
        domain = newDomain;
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(commandListener);
        }
    }

    private void asyncModelChanged() {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(this::modelChanged);
        }
    }

    /** After any command, undo or redo: rebuilds when the structure changed, else shows the current values. */
    void modelChanged() {
        if (root.isDisposed()) {
            return;
        }
        if (element != null && !(EcoreUtil.getRootContainer(element) instanceof SystemModel)) {
            show(null, null, reveal); // deleted
        } else if (!shapeOf(element).equals(shape)) {
            rebuild();
        } else {
            refreshers.forEach(Runnable::run);
        }
    }

    /** What decides which fields are shown: the element, its component, their failure and repair models, the sites. */
    private static List<Object> shapeOf(EObject element) {
        Component component = componentOf(element);
        List<Object> shape = new ArrayList<>(Arrays.asList(element, component));
        if (component != null) {
            shape.add(component.getFailure());
            shape.add(component.getRepair());
            if (component.eContainer() instanceof SystemModel model) {
                shape.addAll(model.getSites());
            }
        }
        return shape;
    }

    /** @return the component whose tabs are shown for an element: itself, a block's component, or null */
    static Component componentOf(EObject element) {
        return switch (element) {
            case Component c -> c;
            case Block b -> b.getComponent();
            case null, default -> null;
        };
    }

    private void rebuild() {
        String selected = selectedTab();
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        refreshers.clear();
        shape = shapeOf(element);
        if (element == null || domain == null) {
            message.setText(EMPTY);
            stack.topControl = message;
            root.layout(true, true);
            return;
        }
        Component component = componentOf(element);
        Composite general = tab("General");
        general.setLayout(new GridLayout(element instanceof Block && component != null ? 2 : 1, false));
        form(general, f -> GeneralTab.fill(f, element));
        if (element instanceof Block && component == null) {
            form(general, f -> f.note("This block stands for no component. Choose one in the diagram."));
        }
        if (component != null) {
            if (element instanceof Block) {
                form(general, f -> {
                    f.heading("Component");
                    GeneralTab.component(f, component);
                });
            }
            form(tab("Failure"), f -> FailureTab.fill(f, component));
            form(tab("Repair"), f -> RepairTab.fill(f, component));
            form(tab("Costs"), f -> CostsTab.fill(f, component));
            Composite risks = tab("Risk links");
            risks.setLayout(fill());
            RiskLinksTab links = new RiskLinksTab(risks, component, reveal);
            links.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            refreshers.add(links::refresh);
        }
        for (CTabItem item : tabs.getItems()) {
            ScrolledComposite scroll = (ScrolledComposite) item.getControl();
            scroll.setMinSize(scroll.getContent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
        tabs.setSelection(0);
        if (selected != null) {
            selectTab(selected);
        }
        stack.topControl = tabs;
        root.layout(true, true);
        root.setToolTipText(Labels.of(element));
    }

    /** A tab whose content scrolls when the view is small. */
    private Composite tab(String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(fill());
        scroll.setContent(content);
        item.setControl(scroll);
        return content;
    }

    private void form(Composite parent, Consumer<PropertyForm> fill) {
        PropertyForm form = new PropertyForm(parent, domain);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fill.accept(form);
        refreshers.add(form::refresh);
    }

    private static GridLayout fill() {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        return layout;
    }

    /** For tests: the control with this test id in the shown tabs, or null. */
    public Control find(String testId) {
        return find(tabs, testId);
    }

    private static Control find(Control control, String testId) {
        if (testId.equals(control.getData("testid"))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, testId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
