package org.nines.ui.views;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.nines.model.Component;
import org.nines.model.Diagram;
import org.nines.model.Element;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.model.SystemModel;
import org.nines.model.validation.Labels;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.model.validation.Problem.Severity;
import org.nines.ui.TextColumn;

/**
 * The content of the Problems view: the validation problems of one model (errors first, then warnings, each in model
 * order) in a table of severity, message, element and location. Re-validates {@value #DEBOUNCE_MS} ms after the last
 * change on the model's command stack; double-click shows the element.
 */
public final class ProblemsPanel {
    /** Delay between the last model change and re-validation, milliseconds. */
    public static final int DEBOUNCE_MS = 300;
    /** Shown when the model has no problem. */
    public static final String NO_PROBLEMS = "No problems";
    private final Label summary;
    private final TableViewer viewer;
    private final Runnable validate = this::validate;
    private final CommandStackListener commandListener = e -> scheduleValidation();
    private SystemModel model;
    private CommandStack stack;
    private List<Problem> problems = List.of();
    private Consumer<EObject> reveal = o -> { };
    private Consumer<String> onSummary = s -> { };

    public ProblemsPanel(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        summary = new Label(body, SWT.NONE);
        summary.setData("testid", "problems.summary");
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.horizontalIndent = 4;
        summary.setLayoutData(summaryData);
        viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData("testid", "problems.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn severity = column("Severity", 90, p -> p.severity() == Severity.ERROR ? "Error" : "Warning");
        severity.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).isError() ? "Error" : "Warning";
            }

            @Override
            public Image getImage(Object element) {
                return icon(((Problem) element).severity());
            }
        });
        column("Message", 520, ProblemsPanel::message);
        column("Element", 220, p -> Labels.of(p.element()));
        column("Location", 200, p -> location(p.element()));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Problem problem) {
                reveal.accept(problem.element());
            }
        });
        body.addListener(SWT.Dispose, e -> {
            body.getDisplay().timerExec(-1, validate);
            listenTo(null);
        });
        show(null, null, null);
    }

    public Composite control() {
        return summary.getParent();
    }

    /** Called with the summary ("2 errors, 1 warning", {@link #NO_PROBLEMS}) whenever it changes. */
    public void onSummary(Consumer<String> listener) {
        this.onSummary = listener;
    }

    /**
     * Shows the problems of a model (null: none) and follows its command stack.
     *
     * @param reveal called with a problem's element on double-click
     */
    public void show(SystemModel model, CommandStack stack, Consumer<EObject> reveal) {
        this.model = model;
        this.reveal = reveal == null ? o -> { } : reveal;
        listenTo(model == null ? null : stack);
        validate();
    }

    /** @return the model shown, or null */
    public SystemModel model() {
        return model;
    }

    /** @return the problems shown, errors first */
    public List<Problem> problems() {
        return problems;
    }

    /** @return the summary line shown above the table */
    public String summary() {
        return summary.getText();
    }

    private void listenTo(CommandStack newStack) {
        if (stack == newStack) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(commandListener);
        }
        stack = newStack;
        if (stack != null) {
            stack.addCommandStackListener(commandListener);
        }
    }

    private void scheduleValidation() {
        if (!summary.isDisposed()) {
            summary.getDisplay().timerExec(DEBOUNCE_MS, validate); // re-scheduling the same runnable restarts the timer
        }
    }

    private void validate() {
        if (summary.isDisposed()) {
            return;
        }
        problems = model == null ? List.of()
                : ModelValidator.validate(model).stream().sorted(Comparator.comparing(Problem::severity)).toList();
        viewer.setInput(problems);
        summary.setText(model == null ? "No Nines model is active." : summarise(problems));
        summary.getParent().layout();
        onSummary.accept(summary.getText());
    }

    /** "No problems", "1 error", "2 errors, 3 warnings". */
    static String summarise(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return NO_PROBLEMS;
        }
        String errorText = errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
        String warningText = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
        return errorText + (errors > 0 && warnings > 0 ? ", " : "") + warningText;
    }

    /** The message without the element label the validator puts in front (the Element column shows it). */
    static String message(Problem problem) {
        String prefix = Labels.of(problem.element()) + ": ";
        String text = problem.message().startsWith(prefix) ? problem.message().substring(prefix.length()) : problem.message();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Where an element lives: its diagram, scenario, the components, the risk register, or the model settings. */
    static String location(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            switch (o) {
                case Diagram d -> {
                    return "Diagram " + GeneralTab.name(d);
                }
                case Scenario s -> {
                    return "Scenario " + GeneralTab.name(s);
                }
                case Component c -> {
                    return "Components";
                }
                case Risk r -> {
                    return "Risk register";
                }
                case SystemModel m -> {
                    return "Model settings";
                }
                default -> {
                    if (o instanceof Element && o.eContainer() instanceof SystemModel) {
                        return Labels.of(o).split(" '")[0].split(" \\(")[0] + "s";
                    }
                }
            }
        }
        return "";
    }

    private static Image icon(Severity severity) {
        if (PlatformUI.isWorkbenchRunning()) {
            return PlatformUI.getWorkbench().getSharedImages()
                    .getImage(severity == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
        }
        return FieldDecorationRegistry.getDefault()
                .getFieldDecoration(severity == Severity.ERROR ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
                .getImage();
    }

    private TableViewerColumn column(String title, int width, Function<Problem, String> text) {
        return TextColumn.add(viewer, title, width, Problem.class, text, Problem::message);
    }
}
