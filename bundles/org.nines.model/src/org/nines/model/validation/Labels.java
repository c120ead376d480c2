package org.nines.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.nines.model.Element;
import org.nines.model.SystemModel;

/** Human names for model elements in messages: {@code Component 'Web node 1' (web1)}. */
public final class Labels {
    private Labels() {
    }

    /** @return the element's class name, display name and id, as far as they are set */
    public static String of(EObject object) {
        String kind = humanKind(object);
        if (object instanceof Element element) {
            String name = element.getName();
            String id = element.getId();
            StringBuilder label = new StringBuilder(kind);
            if (name != null && !name.isBlank()) {
                label.append(" '").append(name).append('\'');
            }
            if (id != null && !id.isBlank()) {
                label.append(" (").append(id).append(')');
            }
            return label.toString();
        }
        if (object instanceof SystemModel model) {
            return model.getName() == null || model.getName().isBlank() ? kind : kind + " '" + model.getName() + "'";
        }
        EObject container = object.eContainer();
        return container == null ? kind : kind + " of " + of(container);
    }

    /** "StandbyGroup" becomes "Standby group", "KofN" stays "k-of-n node". */
    static String humanKind(EObject object) {
        String name = object.eClass().getName();
        return switch (name) {
            case "KofN" -> "k-of-n node";
            case "SystemModel" -> "Model";
            default -> splitCamelCase(name);
        };
    }

    private static String splitCamelCase(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                text.append(' ').append(Character.toLowerCase(c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
