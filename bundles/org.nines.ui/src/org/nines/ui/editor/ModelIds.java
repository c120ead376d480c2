package org.nines.ui.editor;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.nines.model.Element;
import org.nines.model.SystemModel;

/** Model-wide unique ids for new elements (ids may only contain letters, digits, '-', '_' and '.'). */
final class ModelIds {
    private final Set<String> used = new HashSet<>();

    /** Collects the ids the model uses now; ids handed out later by {@link #next} count as used too. */
    ModelIds(SystemModel model) {
        model.eAllContents().forEachRemaining(this::remember);
    }

    private void remember(EObject object) {
        if (object instanceof Element e && e.getId() != null) {
            used.add(e.getId());
        }
    }

    /** @return {@code base} if free, else {@code base-2}, {@code base-3}, ... (the first free one), now reserved */
    String next(String base) {
        String clean = base == null || base.isBlank() ? "element" : base.strip().replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = clean;
        for (int i = 2; used.contains(id); i++) {
            id = clean + "-" + i;
        }
        used.add(id);
        return id;
    }
}
