package org.nines.ui.diagram;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.Block;

/**
 * Where the interactive parts of a diagram are, in diagram units: the ports a connector is dragged from and to, the
 * eight resize handles of a box, and distances to connector segments for picking.
 */
final class DiagramGeometry {
    /** How far a port's centre lies outside the node's left or right edge, in diagram units. */
    static final int PORT_OUTSET = 10;
    /** Radius of a port, in diagram units. */
    static final int PORT_RADIUS = 5;
    /** Handle positions, clockwise from the top-left corner. */
    static final int NW = 0, N = 1, NE = 2, E = 3, SE = 4, S = 5, SW = 6, W = 7;

    private DiagramGeometry() {
    }

    /** The output port (right edge, middle): every node but End has one. */
    static Point outputPort(Rectangle r) {
        return new Point(r.x + r.width + PORT_OUTSET, r.y + r.height / 2);
    }

    /** The input port (left edge, middle): every node but Start has one. */
    static Point inputPort(Rectangle r) {
        return new Point(r.x - PORT_OUTSET, r.y + r.height / 2);
    }

    static boolean hasOutput(DiagramNode node) {
        return !(node instanceof End);
    }

    static boolean hasInput(DiagramNode node) {
        return !(node instanceof Start);
    }

    /** Whether the node can be resized with handles: boxes (blocks, sub-diagrams, standby groups), not terminals. */
    static boolean isResizable(DiagramNode node) {
        return node instanceof Block || node instanceof SubDiagramBlock || node instanceof StandbyGroup || node instanceof KofN;
    }

    /** The eight handle centres of a rectangle, indexed by {@link #NW} ... {@link #W}. */
    static Point[] handles(Rectangle r) {
        int cx = r.x + r.width / 2;
        int cy = r.y + r.height / 2;
        int right = r.x + r.width;
        int bottom = r.y + r.height;
        return new Point[] { new Point(r.x, r.y), new Point(cx, r.y), new Point(right, r.y), new Point(right, cy),
            new Point(right, bottom), new Point(cx, bottom), new Point(r.x, bottom), new Point(r.x, cy) };
    }

    /** The rectangle after dragging handle {@code handle} of {@code r} by (dx, dy); never narrower than the minimum. */
    static Rectangle resized(Rectangle r, int handle, int dx, int dy) {
        int left = r.x;
        int top = r.y;
        int right = r.x + r.width;
        int bottom = r.y + r.height;
        if (handle == NW || handle == W || handle == SW) {
            left = Math.min(left + dx, right - DiagramEditing.MIN_WIDTH);
        }
        if (handle == NE || handle == E || handle == SE) {
            right = Math.max(right + dx, left + DiagramEditing.MIN_WIDTH);
        }
        if (handle == NW || handle == N || handle == NE) {
            top = Math.min(top + dy, bottom - DiagramEditing.MIN_HEIGHT);
        }
        if (handle == SW || handle == S || handle == SE) {
            bottom = Math.max(bottom + dy, top + DiagramEditing.MIN_HEIGHT);
        }
        return new Rectangle(left, top, right - left, bottom - top);
    }

    static boolean near(Point a, int x, int y, double tolerance) {
        return Math.abs(a.x - x) <= tolerance && Math.abs(a.y - y) <= tolerance;
    }

    /** Distance from (px, py) to the segment (x1, y1)-(x2, y2). */
    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
        double nx = x1 + t * dx - px;
        double ny = y1 + t * dy - py;
        return Math.sqrt(nx * nx + ny * ny);
    }

    /** Distance from (px, py) to a polyline given as x, y pairs. */
    static double distanceToPolyline(int[] points, int px, int py) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < points.length; i += 2) {
            best = Math.min(best, distanceToSegment(px, py, points[i], points[i + 1], points[i + 2], points[i + 3]));
        }
        return best;
    }
}
