/**
 */
package org.nines.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.NinesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getRtoTargetHours <em>Rto Target Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getRpoTargetHours <em>Rpo Target Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getMaxTolerableOutageHours <em>Max Tolerable Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DiagramImpl#getConnectors <em>Connectors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends ElementImpl implements Diagram {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramNode> nodes;

	/**
	 * The default value of the '{@link #getRtoTargetHours() <em>Rto Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoTargetHours()
	 * @generated
	 * @ordered
	 */
	protected static final double RTO_TARGET_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRtoTargetHours() <em>Rto Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoTargetHours()
	 * @generated
	 * @ordered
	 */
	protected double rtoTargetHours = RTO_TARGET_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRpoTargetHours() <em>Rpo Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoTargetHours()
	 * @generated
	 * @ordered
	 */
	protected static final double RPO_TARGET_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRpoTargetHours() <em>Rpo Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoTargetHours()
	 * @generated
	 * @ordered
	 */
	protected double rpoTargetHours = RPO_TARGET_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTolerableOutageHours() <em>Max Tolerable Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTolerableOutageHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_TOLERABLE_OUTAGE_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxTolerableOutageHours() <em>Max Tolerable Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTolerableOutageHours()
	 * @generated
	 * @ordered
	 */
	protected double maxTolerableOutageHours = MAX_TOLERABLE_OUTAGE_HOURS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConnectors() <em>Connectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Connector> connectors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DIAGRAM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<DiagramNode>(DiagramNode.class, this, NinesPackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRtoTargetHours() {
		return rtoTargetHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtoTargetHours(double newRtoTargetHours) {
		double oldRtoTargetHours = rtoTargetHours;
		rtoTargetHours = newRtoTargetHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DIAGRAM__RTO_TARGET_HOURS, oldRtoTargetHours, rtoTargetHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRpoTargetHours() {
		return rpoTargetHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRpoTargetHours(double newRpoTargetHours) {
		double oldRpoTargetHours = rpoTargetHours;
		rpoTargetHours = newRpoTargetHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DIAGRAM__RPO_TARGET_HOURS, oldRpoTargetHours, rpoTargetHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxTolerableOutageHours() {
		return maxTolerableOutageHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTolerableOutageHours(double newMaxTolerableOutageHours) {
		double oldMaxTolerableOutageHours = maxTolerableOutageHours;
		maxTolerableOutageHours = newMaxTolerableOutageHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS, oldMaxTolerableOutageHours, maxTolerableOutageHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Connector> getConnectors() {
		if (connectors == null) {
			connectors = new EObjectContainmentEList<Connector>(Connector.class, this, NinesPackage.DIAGRAM__CONNECTORS);
		}
		return connectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NinesPackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case NinesPackage.DIAGRAM__CONNECTORS:
				return ((InternalEList<?>)getConnectors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.DIAGRAM__DESCRIPTION:
				return getDescription();
			case NinesPackage.DIAGRAM__NODES:
				return getNodes();
			case NinesPackage.DIAGRAM__RTO_TARGET_HOURS:
				return getRtoTargetHours();
			case NinesPackage.DIAGRAM__RPO_TARGET_HOURS:
				return getRpoTargetHours();
			case NinesPackage.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS:
				return getMaxTolerableOutageHours();
			case NinesPackage.DIAGRAM__CONNECTORS:
				return getConnectors();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NinesPackage.DIAGRAM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NinesPackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends DiagramNode>)newValue);
				return;
			case NinesPackage.DIAGRAM__RTO_TARGET_HOURS:
				setRtoTargetHours((Double)newValue);
				return;
			case NinesPackage.DIAGRAM__RPO_TARGET_HOURS:
				setRpoTargetHours((Double)newValue);
				return;
			case NinesPackage.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS:
				setMaxTolerableOutageHours((Double)newValue);
				return;
			case NinesPackage.DIAGRAM__CONNECTORS:
				getConnectors().clear();
				getConnectors().addAll((Collection<? extends Connector>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NinesPackage.DIAGRAM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NinesPackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case NinesPackage.DIAGRAM__RTO_TARGET_HOURS:
				setRtoTargetHours(RTO_TARGET_HOURS_EDEFAULT);
				return;
			case NinesPackage.DIAGRAM__RPO_TARGET_HOURS:
				setRpoTargetHours(RPO_TARGET_HOURS_EDEFAULT);
				return;
			case NinesPackage.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS:
				setMaxTolerableOutageHours(MAX_TOLERABLE_OUTAGE_HOURS_EDEFAULT);
				return;
			case NinesPackage.DIAGRAM__CONNECTORS:
				getConnectors().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NinesPackage.DIAGRAM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NinesPackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case NinesPackage.DIAGRAM__RTO_TARGET_HOURS:
				return rtoTargetHours != RTO_TARGET_HOURS_EDEFAULT;
			case NinesPackage.DIAGRAM__RPO_TARGET_HOURS:
				return rpoTargetHours != RPO_TARGET_HOURS_EDEFAULT;
			case NinesPackage.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS:
				return maxTolerableOutageHours != MAX_TOLERABLE_OUTAGE_HOURS_EDEFAULT;
			case NinesPackage.DIAGRAM__CONNECTORS:
				return connectors != null && !connectors.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", rtoTargetHours: ");
		result.append(rtoTargetHours);
		result.append(", rpoTargetHours: ");
		result.append(rpoTargetHours);
		result.append(", maxTolerableOutageHours: ");
		result.append(maxTolerableOutageHours);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
