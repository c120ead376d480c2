package org.nines.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/** Gives an EMF command the label that the Edit menu's Undo and Redo entries show ("Undo Add block"). */
public final class LabelledCommand {
    private LabelledCommand() {
    }

    /** @return {@code command} wrapped in a compound command labelled {@code label}; executes, undoes and redoes it */
    public static Command of(String label, Command command) {
        CompoundCommand labelled = new CompoundCommand(label);
        labelled.append(command);
        return labelled;
    }
}
