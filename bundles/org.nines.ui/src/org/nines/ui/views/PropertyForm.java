package org.nines.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A column of labelled, typed property fields (label | editor | unit, with an error line under a rejected value).
 * Text fields commit on Enter and focus-out as one {@link SetCommand} on the editing domain's command stack; what the
 * user types is checked at once against the field's {@link ValueRule}, and a rejected value is marked (red background,
 * error decoration, message) and not applied. Combos and check boxes commit on selection. {@link #refresh()} shows the
 * model's current values again (after undo/redo) and clears rejected input.
 */
final class PropertyForm {
    /** Background of a field whose value is rejected. */
    private static final int[] ERROR_RGB = { 255, 222, 222 };
    private final Composite body;
    private final EditingDomain domain;
    private final List<Runnable> refreshers = new ArrayList<>();

    PropertyForm(Composite parent, EditingDomain domain) {
        this.domain = domain;
        body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.verticalSpacing = 3;
        body.setLayout(layout);
    }

    Composite control() {
        return body;
    }

    /** The editing domain whose command stack every change of this form goes through. */
    EditingDomain domain() {
        return domain;
    }

    /** Shows every field's current model value and clears rejected input. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** A bold heading over the following fields. */
    void heading(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    /** A line of explanation spanning the form. */
    Label note(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 360;
        label.setLayoutData(data);
        return label;
    }

    /** A read-only value computed from the model (a law's mean, cost per year), recomputed on {@link #refresh()}. */
    Text derived(String testId, String caption, java.util.function.Supplier<String> value) {
        Text text = readOnly(testId, caption, value.get());
        refreshers.add(() -> {
            if (!text.isDisposed()) {
                text.setText(value.get());
            }
        });
        return text;
    }

    /** A value that cannot be edited here (ids, references shown for information). */
    Text readOnly(String testId, String caption, String value) {
        caption(caption);
        Text text = new Text(body, SWT.READ_ONLY | SWT.BORDER);
        text.setText(value == null ? "" : value);
        text.setData("testid", testId);
        text.setLayoutData(wideFieldData());
        return text;
    }

    /**
     * A typed text field for a numeric or text attribute.
     *
     * @param unit shown after the field ("h", "EUR", ""), so the user knows what the number means
     */
    Text text(String testId, String caption, EObject target, EAttribute attribute, String unit) {
        return text(testId, caption, target, attribute, unit, ValueRule.forAttribute(attribute), SWT.SINGLE);
    }

    /** A multi-line text field for free text (descriptions, notes). */
    Text multiLine(String testId, String caption, EObject target, EAttribute attribute) {
        return text(testId, caption, target, attribute, "", ValueRule.ANY, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    }

    private Text text(String testId, String caption, EObject target, EAttribute attribute, String unit, ValueRule rule, int style) {
        caption(caption).setToolTipText(documentation(attribute));
        boolean isText = attribute.getEAttributeType() == org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING;
        Composite cell = new Composite(body, SWT.NONE); // the field and its unit, side by side
        GridLayout cellLayout = new GridLayout(2, false);
        cellLayout.marginWidth = 0;
        cellLayout.marginHeight = 0;
        cell.setLayout(cellLayout);
        GridData cellData = new GridData(isText ? SWT.FILL : SWT.BEGINNING, SWT.CENTER, isText, false);
        cell.setLayoutData(cellData);
        Text text = new Text(cell, SWT.BORDER | style);
        text.setData("testid", testId);
        GridData data = isText ? wideFieldData() : fieldData();
        if ((style & SWT.MULTI) != 0) {
            data.heightHint = 3 * text.getLineHeight();
        }
        text.setLayoutData(data);
        Label unitLabel = new Label(cell, SWT.NONE);
        unitLabel.setText(unit);
        Label message = errorLine(testId);
        ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.CENTER);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        Color errorBackground = new Color(ERROR_RGB[0], ERROR_RGB[1], ERROR_RGB[2]);
        Runnable show = () -> text.setText(ValueRule.format(target.eGet(attribute)));
        Runnable clear = () -> showError(text, decoration, message, null, null);
        show.run();
        decoration.hide();
        text.addListener(SWT.Modify, e -> {
            ValueRule.Parsed parsed = rule.accept(text.getText(), attribute, target);
            showError(text, decoration, message, parsed.error(), errorBackground);
        });
        Runnable commit = () -> {
            if (text.isDisposed()) {
                return;
            }
            ValueRule.Parsed parsed = rule.accept(text.getText(), attribute, target);
            if (parsed.ok() && !Objects.equals(parsed.value(), target.eGet(attribute))) {
                execute(SetCommand.create(domain, target, attribute, parsed.value()));
            }
        };
        if ((style & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, e -> commit.run());
        }
        text.addListener(SWT.FocusOut, e -> commit.run());
        refreshers.add(() -> {
            if (!text.isDisposed()) {
                show.run();
                clear.run();
            }
        });
        return text;
    }

    /** A read-only combo of an enumeration attribute's literals (kind, mode, category). */
    Combo enumeration(String testId, String caption, EObject target, EAttribute attribute) {
        EEnum type = (EEnum) attribute.getEAttributeType();
        List<EEnumLiteral> literals = type.getELiterals();
        List<String> items = literals.stream().map(l -> words(l.getName())).toList();
        Combo combo = choice(testId, caption, items,
                () -> target.eGet(attribute) instanceof org.eclipse.emf.common.util.Enumerator value
                        ? literals.indexOf(type.getEEnumLiteral(value.getValue())) : -1,
                index -> execute(SetCommand.create(domain, target, attribute, literals.get(index).getInstance())));
        combo.setToolTipText(documentation(attribute));
        return combo;
    }

    /**
     * A read-only combo; {@code selected} gives the index of the current value (-1 for none) and {@code chosen} is
     * called when the user picks another entry.
     */
    Combo choice(String testId, String caption, List<String> items, IntSupplier selected, IntConsumer chosen) {
        caption(caption);
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(items.size(), 18));
        combo.setData("testid", testId);
        combo.setLayoutData(fieldData());
        Runnable show = () -> combo.select(selected.getAsInt());
        show.run();
        combo.addListener(SWT.Selection, e -> {
            if (combo.getSelectionIndex() >= 0 && combo.getSelectionIndex() != selected.getAsInt()) {
                chosen.accept(combo.getSelectionIndex());
            }
        });
        refreshers.add(() -> {
            if (!combo.isDisposed()) {
                show.run();
            }
        });
        return combo;
    }

    /**
     * The enabled flag of a diagram element as a two-entry combo, "Enabled" / "Disabled (an alternative scenarios switch
     * on)": clearer than a check box, and readable in every theme (the workbench theme draws a ticked box empty).
     */
    Combo check(String testId, String caption, EObject target, EAttribute attribute) {
        Combo combo = choice(testId, caption, List.of("Enabled", "Disabled (an alternative scenarios switch on)"),
                () -> Boolean.TRUE.equals(target.eGet(attribute)) ? 0 : 1,
                index -> execute(SetCommand.create(domain, target, attribute, index == 0)));
        combo.setToolTipText(documentation(attribute));
        return combo;
    }

    /** Executes a model change on the editor's command stack (undoable, marks the editor dirty). */
    void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private Label caption(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return label;
    }

    /** Numbers and choices: a fixed width, so a wide multi-line field in the same column does not stretch them. */
    private static GridData fieldData() {
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.widthHint = 200;
        data.horizontalIndent = 12; // room for the error decoration
        return data;
    }

    /** Text values (names, locations, member lists): as wide as the form allows. */
    private static GridData wideFieldData() {
        GridData data = fieldData();
        data.horizontalAlignment = SWT.FILL;
        data.grabExcessHorizontalSpace = true;
        return data;
    }

    private Label errorLine(String testId) {
        Label filler = new Label(body, SWT.NONE);
        GridData fillerData = new GridData();
        fillerData.exclude = true;
        filler.setLayoutData(fillerData);
        filler.setVisible(false);
        Label message = new Label(body, SWT.WRAP);
        message.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setData("testid", testId + ".message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.horizontalIndent = 12;
        data.exclude = true;
        message.setLayoutData(data);
        message.setVisible(false);
        return message;
    }

    private static void showError(Text text, ControlDecoration decoration, Label message, String error, Color background) {
        boolean bad = error != null;
        text.setBackground(bad ? background : null);
        if (bad) {
            decoration.setDescriptionText(error);
            decoration.show();
        } else {
            decoration.hide();
        }
        message.setText(bad ? error + "; not applied" : "");
        if (((GridData) message.getLayoutData()).exclude == bad || message.getVisible() != bad) {
            Control[] children = message.getParent().getChildren();
            Control filler = children[java.util.Arrays.asList(children).indexOf(message) - 1];
            for (Control control : List.of(filler, message)) {
                ((GridData) control.getLayoutData()).exclude = !bad;
                control.setVisible(bad);
            }
            message.getParent().layout(true);
            message.getParent().getParent().layout(true);
        }
    }

    private static String documentation(EAttribute attribute) {
        var annotation = attribute.getEAnnotation("http://www.eclipse.org/emf/2002/GenModel");
        return annotation == null ? null : annotation.getDetails().get("documentation");
    }

    /** "NETWORK_SWITCH" becomes "Network switch". */
    static String words(String literal) {
        String lower = literal.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
