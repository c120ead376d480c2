package org.nines.analysis.continuity;

/**
 * Recovery objectives of one service (a diagram): 0 = no target. Hours.
 *
 * @param diagramId              the diagram that describes the service
 * @param name                   its display name
 * @param rtoHours               recovery time objective: how long an outage may last
 * @param rpoHours               recovery point objective: how many hours of changes may be lost
 * @param maxTolerableOutageHours maximum tolerable outage per incident
 */
public record ServiceTargets(String diagramId, String name, double rtoHours, double rpoHours,
        double maxTolerableOutageHours) {

    /** @return whether the service has at least one target */
    public boolean hasTargets() {
        return rtoHours > 0 || rpoHours > 0 || maxTolerableOutageHours > 0;
    }
}
