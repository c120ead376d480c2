package org.nines.ui.views;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.nines.model.Block;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/**
 * The model as the Outline's tree shows it: one folder per kind of element (components, sites, diagrams with their
 * nodes, risks, scenarios, common-cause groups), each in model order.
 */
final class ModelTreeContent implements ITreeContentProvider {
    /** The folders, in the order shown. */
    enum Kind {
        COMPONENTS("Components"), SITES("Sites"), DIAGRAMS("Diagrams"), RISKS("Risks"), SCENARIOS("Scenarios"),
        COMMON_CAUSE("Common-cause groups");

        final String title;

        Kind(String title) {
            this.title = title;
        }

        List<?> children(SystemModel model) {
            return switch (this) {
                case COMPONENTS -> model.getComponents();
                case SITES -> model.getSites();
                case DIAGRAMS -> model.getDiagrams();
                case RISKS -> model.getRisks();
                case SCENARIOS -> model.getScenarios();
                case COMMON_CAUSE -> model.getCommonCauseGroups();
            };
        }
    }

    /** A folder of the tree; equal for the same kind and model, so refreshes keep it expanded. */
    record Folder(Kind kind, SystemModel model) {
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof SystemModel model ? Arrays.stream(Kind.values()).map(k -> new Folder(k, model)).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case Folder folder -> folder.kind().children(folder.model()).toArray();
            case Diagram diagram -> diagram.getNodes().toArray();
            default -> new Object[0];
        };
    }

    /** Parents let the tree reveal an element that is not expanded yet (selection from outside). */
    @Override
    public Object getParent(Object element) {
        if (element instanceof DiagramNode node) {
            return node.eContainer();
        }
        if (element instanceof EObject object && object.eContainer() instanceof SystemModel model) {
            for (Kind kind : Kind.values()) {
                if (kind.children(model).contains(object)) {
                    return new Folder(kind, model);
                }
            }
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    /** Folder titles with counts; elements by name (risks by title); diagram nodes with their kind and component. */
    static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return switch (element) {
                case Folder folder -> folder.kind().title + " (" + folder.kind().children(folder.model()).size() + ")";
                case Risk risk when risk.getTitle() != null && !risk.getTitle().isBlank() -> risk.getTitle();
                case DiagramNode node -> GeneralTab.name(node) + component(node) + "  \u00B7 " + kind(node);
                case EObject object -> GeneralTab.name(object);
                default -> String.valueOf(element);
            };
        }

        private static String component(DiagramNode node) {
            return node instanceof Block block && block.getComponent() != null
                    && !GeneralTab.name(block).equals(GeneralTab.name(block.getComponent())) ? "  \u2192 " + GeneralTab.name(block.getComponent()) : "";
        }

        /** "block", "k-of-n node", "standby group" */
        private static String kind(DiagramNode node) {
            String label = org.nines.model.validation.Labels.of(node);
            return label.split(" '")[0].split(" \\(")[0].toLowerCase(java.util.Locale.ROOT);
        }
    }
}
