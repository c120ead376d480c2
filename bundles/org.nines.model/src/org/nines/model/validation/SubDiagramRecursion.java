package org.nines.model.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.nines.model.Diagram;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;

/** Finds sub-diagram blocks that (directly or through other diagrams) contain their own diagram. */
final class SubDiagramRecursion {
    private final ModelValidator validator;
    private final Map<Diagram, Integer> state = new IdentityHashMap<>(); // 1: being visited, 2: done

    SubDiagramRecursion(ModelValidator validator) {
        this.validator = validator;
    }

    void check(SystemModel model) {
        for (Diagram diagram : model.getDiagrams()) {
            visit(diagram, new ArrayList<>());
        }
    }

    private void visit(Diagram diagram, List<Diagram> path) {
        Integer seen = state.get(diagram);
        if (seen != null) {
            return;
        }
        state.put(diagram, 1);
        path.add(diagram);
        for (var node : diagram.getNodes()) {
            if (node instanceof SubDiagramBlock sub && sub.getDiagram() != null) {
                Diagram inner = sub.getDiagram();
                if (state.get(inner) != null && state.get(inner) == 1) {
                    validator.reportError(sub, "makes diagram " + Labels.of(inner) + " contain itself ("
                            + String.join(" > ", path.stream().map(d -> String.valueOf(d.getName())).toList()) + " > "
                            + inner.getName() + "). Sub-diagrams must not be recursive: point it at another diagram.");
                } else {
                    visit(inner, path);
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(diagram, 2);
    }
}
