package org.nines.ui.tests;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.nines.model.Component;
import org.nines.model.Element;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.ui.wizards.EditedWorkbooks;

/** An example model in an editing domain with a command stack, as the editor has it, for the page command tests. */
final class EditorCommandsFixture {
    final SystemModel model;
    final BasicCommandStack stack = new BasicCommandStack();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);

    EditorCommandsFixture(String example) throws Exception {
        model = EditedWorkbooks.example(example);
    }

    void execute(Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("command cannot execute: " + command.getLabel());
        }
        stack.execute(command);
    }

    Component component(String id) {
        return model.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    <T extends Element> T element(Class<T> type, String id) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && type.isInstance(e) && id.equals(e.getId())) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + id);
    }

    /** @return the validator's error messages (warnings left out) */
    List<String> errors() {
        return ModelValidator.validate(model).stream().filter(Problem::isError).map(Problem::message).toList();
    }
}
