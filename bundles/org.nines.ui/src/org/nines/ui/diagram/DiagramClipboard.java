package org.nines.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.BendPoint;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.model.End;
import org.nines.model.NinesPackage;
import org.nines.model.Start;
import org.nines.model.SystemModel;

/**
 * Copy and paste of diagram nodes, shared by all editors of the workbench (UI thread only).
 * <p>
 * {@link #copy} keeps a detached copy ({@link EcoreUtil.Copier}) of the nodes and of the connectors between them; Start
 * and End are never copied. {@link #paste} adds a fresh copy of that content to a diagram as one "Paste" command,
 * offset by two grid steps per paste into the diagram it came from. Every pasted element gets a new unique id.
 * Components: a pasted block (or standby group) never shares a component with the original. Within the same model it
 * refers to a new copy of the component named "&lt;name&gt; copy", so the copy is an independent redundant unit; pasted
 * into another model the component is copied as it is (same name, unique id). Other references that point outside the
 * target model (a component's site, a sub-diagram block's diagram) are resolved by id in the target model or else
 * cleared, so the model never refers to another file.
 */
public final class DiagramClipboard {
    private static Content content;

    /** What was copied: detached nodes and connectors, where they came from, and how often they were pasted. */
    private static final class Content {
        final List<DiagramNode> nodes;
        final List<Connector> connectors;
        final Diagram source;
        int pastes;

        Content(List<DiagramNode> nodes, List<Connector> connectors, Diagram source) {
            this.nodes = nodes;
            this.connectors = connectors;
            this.source = source;
        }
    }

    /** The result of {@link #paste}: the command to execute and the nodes it adds (to select them afterwards). */
    public record Paste(Command command, List<DiagramNode> nodes) {
    }

    private DiagramClipboard() {
    }

    /**
     * Copies the nodes (except Start and End) and the connectors between them.
     *
     * @return how many nodes were copied (0 leaves the clipboard unchanged)
     */
    public static int copy(Collection<? extends DiagramNode> nodes) {
        List<DiagramNode> copied = nodes.stream().filter(n -> !(n instanceof Start) && !(n instanceof End)).map(n -> (DiagramNode) n).toList();
        if (copied.isEmpty() || !(copied.get(0).eContainer() instanceof Diagram diagram)) {
            return 0;
        }
        Set<DiagramNode> chosen = new HashSet<>(copied);
        List<Connector> between = diagram.getConnectors().stream()
                .filter(c -> chosen.contains(c.getSource()) && chosen.contains(c.getTarget())).toList();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<DiagramNode> nodeCopies = copied.stream().map(n -> (DiagramNode) copier.copy(n)).toList();
        List<Connector> connectorCopies = between.stream().map(c -> (Connector) copier.copy(c)).toList();
        copier.copyReferences();
        content = new Content(nodeCopies, connectorCopies, diagram);
        return nodeCopies.size();
    }

    /** @return whether there is something to paste */
    public static boolean isEmpty() {
        return content == null;
    }

    /** Forgets the copied content. */
    public static void clear() {
        content = null;
    }

    /**
     * Pastes the copied content into the diagram (see the class comment for the rules).
     *
     * @return the "Paste" command and the nodes it adds, or null when the clipboard is empty or the diagram belongs to
     *         no model
     */
    public static Paste paste(EditingDomain domain, Diagram target) {
        if (content == null || !(target.eContainer() instanceof SystemModel model)) {
            return null;
        }
        boolean sameModel = content.source.eContainer() == model;
        int offset = 2 * DiagramCanvas.GRID * (target == content.source ? content.pastes + 1 : 1);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<DiagramNode> nodes = content.nodes.stream().map(n -> (DiagramNode) copier.copy(n)).toList();
        List<Connector> connectors = content.connectors.stream().map(c -> (Connector) copier.copy(c)).toList();
        copier.copyReferences();
        Set<String> used = DiagramEditing.usedIds(target);
        Map<Component, Component> components = copyComponents(copier.values(), model, sameModel, used);
        for (EObject pasted : copier.values()) {
            relink(pasted, model, components);
            giveNewIds(pasted, used);
            shift(pasted, offset);
        }
        CompoundCommand paste = new CompoundCommand("Paste");
        if (!components.isEmpty()) {
            paste.append(AddCommand.create(domain, model, NinesPackage.Literals.SYSTEM_MODEL__COMPONENTS, List.copyOf(components.values())));
        }
        paste.append(AddCommand.create(domain, target, NinesPackage.Literals.DIAGRAM__NODES, nodes));
        if (!connectors.isEmpty()) {
            paste.append(AddCommand.create(domain, target, NinesPackage.Literals.DIAGRAM__CONNECTORS, connectors));
        }
        if (target == content.source) {
            content.pastes++;
        }
        return new Paste(paste, nodes);
    }

    /** A new copy of every component the pasted objects refer to, keyed by the original (one copy per original). */
    private static Map<Component, Component> copyComponents(Collection<EObject> pasted, SystemModel model, boolean sameModel, Set<String> used) {
        Map<Component, Component> copies = new LinkedHashMap<>();
        for (EObject object : pasted) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                for (EObject referred : values(object, reference)) {
                    if (referred instanceof Component original && !copies.containsKey(original)) {
                        Component copy = EcoreUtil.copy(original);
                        if (sameModel) {
                            copy.setName((original.getName() == null ? original.getId() : original.getName()) + " copy");
                        }
                        copy.setId(DiagramEditing.uniqueId(used, original.getId()));
                        copies.put(original, copy);
                    }
                }
            }
        }
        for (Component copy : copies.values()) {
            relink(copy, model, Map.of());
        }
        return copies;
    }

    /**
     * Points the object's cross references at the component copies; references to anything outside the target model
     * are resolved by id there (same type) or cleared.
     */
    private static void relink(EObject object, SystemModel model, Map<Component, Component> components) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                continue;
            }
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) object.eGet(reference);
                List<EObject> relinked = new ArrayList<>();
                for (EObject referred : list) {
                    EObject target = relinked(referred, model, components);
                    if (target != null && !relinked.contains(target)) {
                        relinked.add(target);
                    }
                }
                list.clear();
                list.addAll(relinked);
            } else if (object.eGet(reference) instanceof EObject referred) {
                object.eSet(reference, relinked(referred, model, components));
            }
        }
    }

    private static EObject relinked(EObject referred, SystemModel model, Map<Component, Component> components) {
        if (referred instanceof Component c && components.containsKey(c)) {
            return components.get(c);
        }
        if (EcoreUtil.isAncestor(model, referred) || referred.eContainer() == null) {
            return referred; // in the target model, or a pasted object (detached until the command runs)
        }
        if (referred instanceof Element e && e.getId() != null) {
            for (var it = model.eAllContents(); it.hasNext();) {
                EObject candidate = it.next();
                if (candidate.eClass() == referred.eClass() && candidate instanceof Element other && e.getId().equals(other.getId())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static List<EObject> values(EObject object, EReference reference) {
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) object.eGet(reference);
            return list;
        }
        return object.eGet(reference) instanceof EObject one ? List.of(one) : List.of();
    }

    /** Gives the pasted element (a node or connector: not its contents, which are no elements) a new unique id. */
    private static void giveNewIds(EObject pasted, Set<String> used) {
        if (pasted instanceof Element e && (pasted instanceof DiagramNode || pasted instanceof Connector)) {
            e.setId(DiagramEditing.uniqueId(used, e.getId() == null ? "n" : e.getId()));
        }
    }

    private static void shift(EObject pasted, int offset) {
        if (pasted instanceof DiagramNode node && node.getBounds() != null) {
            node.getBounds().setX(node.getBounds().getX() + offset);
            node.getBounds().setY(node.getBounds().getY() + offset);
        } else if (pasted instanceof BendPoint bend) {
            bend.setX(bend.getX() + offset);
            bend.setY(bend.getY() + offset);
        }
    }
}
