package org.nines.ui.diagram;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.nines.model.BendPoint;
import org.nines.model.Connector;
import org.nines.model.DiagramNode;

/**
 * What the canvas shows besides the model, in diagram units: the selection, the node under the mouse, and the
 * preview of the gesture in progress (moved or resized nodes, the line of a new or reconnected connector, a dragged
 * bend point, the rubber band). The painter reads it; the canvas changes it.
 */
final class DiagramFeedback {
    final Set<DiagramNode> selection = new LinkedHashSet<>();
    final Set<Connector> connectors = new LinkedHashSet<>();
    DiagramNode hover;
    /** Offset of the selected nodes while they are dragged, or null. */
    Point dragOffset;
    /** The node being resized and its new bounds, or null. */
    DiagramNode resizing;
    Rectangle resizeBounds;
    /** A new connector's line from the source port to the mouse, or null. */
    Point lineFrom;
    Point lineTo;
    /** The node a connector end would be dropped on, and whether that is allowed. */
    DiagramNode dropTarget;
    boolean dropAllowed;
    /** A connector whose route is being edited and the route shown meanwhile (x, y pairs), or null. */
    Connector edited;
    int[] editedRoute;
    /** The rubber-band rectangle, or null. */
    Rectangle band;
    /** Whether the connector tool is on (every node shows its ports). */
    boolean connectTool;

    /** Nothing selected, no gesture: for exports. */
    static DiagramFeedback none() {
        return new DiagramFeedback();
    }

    /** Clears the preview of a gesture (not the selection, hover or tool). */
    void endGesture() {
        dragOffset = null;
        resizing = null;
        resizeBounds = null;
        lineFrom = null;
        lineTo = null;
        dropTarget = null;
        dropAllowed = false;
        edited = null;
        editedRoute = null;
        band = null;
    }

    /** The node's bounds as shown: moved or resized while a gesture is in progress. */
    Rectangle bounds(DiagramNode node) {
        if (node == resizing && resizeBounds != null) {
            return new Rectangle(resizeBounds.x, resizeBounds.y, resizeBounds.width, resizeBounds.height);
        }
        return DiagramPainter.bounds(node, selection, dragOffset);
    }

    /** The connector's route as shown (x, y pairs in diagram units). */
    int[] route(Connector c) {
        if (c == edited && editedRoute != null) {
            return editedRoute;
        }
        int[] route = DiagramPainter.route(c, bounds(c.getSource()), bounds(c.getTarget()));
        if (dragOffset != null && selection.contains(c.getSource()) && selection.contains(c.getTarget())) {
            for (int i = 2; i < route.length - 2; i += 2) { // bend points move with both ends
                route[i] += dragOffset.x;
                route[i + 1] += dragOffset.y;
            }
            Rectangle from = bounds(c.getSource());
            Rectangle to = bounds(c.getTarget());
            int bends = c.getBendPoints().size();
            if (bends > 0) {
                BendPoint first = c.getBendPoints().get(0);
                BendPoint last = c.getBendPoints().get(bends - 1);
                Point start = DiagramPainter.border(from, new Point(first.getX() + dragOffset.x, first.getY() + dragOffset.y));
                Point end = DiagramPainter.border(to, new Point(last.getX() + dragOffset.x, last.getY() + dragOffset.y));
                route[0] = start.x;
                route[1] = start.y;
                route[route.length - 2] = end.x;
                route[route.length - 1] = end.y;
            }
        }
        return route;
    }
}
