/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.Component;
import org.nines.model.DataReplication;
import org.nines.model.NinesPackage;
import org.nines.model.ReplicationMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Replication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getReplica <em>Replica</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getLagHours <em>Lag Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getIntervalHours <em>Interval Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getRestoreHours <em>Restore Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DataReplicationImpl#getFailoverHours <em>Failover Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataReplicationImpl extends ElementImpl implements DataReplication {
	/**
	 * The cached value of the '{@link #getPrimary() <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimary()
	 * @generated
	 * @ordered
	 */
	protected Component primary;

	/**
	 * The cached value of the '{@link #getReplica() <em>Replica</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplica()
	 * @generated
	 * @ordered
	 */
	protected Component replica;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ReplicationMode MODE_EDEFAULT = ReplicationMode.SYNCHRONOUS;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ReplicationMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLagHours() <em>Lag Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagHours()
	 * @generated
	 * @ordered
	 */
	protected static final double LAG_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLagHours() <em>Lag Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagHours()
	 * @generated
	 * @ordered
	 */
	protected double lagHours = LAG_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalHours() <em>Interval Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalHours()
	 * @generated
	 * @ordered
	 */
	protected static final double INTERVAL_HOURS_EDEFAULT = 24.0;

	/**
	 * The cached value of the '{@link #getIntervalHours() <em>Interval Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalHours()
	 * @generated
	 * @ordered
	 */
	protected double intervalHours = INTERVAL_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestoreHours() <em>Restore Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestoreHours()
	 * @generated
	 * @ordered
	 */
	protected static final double RESTORE_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRestoreHours() <em>Restore Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestoreHours()
	 * @generated
	 * @ordered
	 */
	protected double restoreHours = RESTORE_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailoverHours() <em>Failover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverHours()
	 * @generated
	 * @ordered
	 */
	protected static final double FAILOVER_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFailoverHours() <em>Failover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverHours()
	 * @generated
	 * @ordered
	 */
	protected double failoverHours = FAILOVER_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataReplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.DATA_REPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getPrimary() {
		if (primary != null && primary.eIsProxy()) {
			InternalEObject oldPrimary = (InternalEObject)primary;
			primary = (Component)eResolveProxy(oldPrimary);
			if (primary != oldPrimary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.DATA_REPLICATION__PRIMARY, oldPrimary, primary));
			}
		}
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(Component newPrimary) {
		Component oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getReplica() {
		if (replica != null && replica.eIsProxy()) {
			InternalEObject oldReplica = (InternalEObject)replica;
			replica = (Component)eResolveProxy(oldReplica);
			if (replica != oldReplica) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.DATA_REPLICATION__REPLICA, oldReplica, replica));
			}
		}
		return replica;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetReplica() {
		return replica;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplica(Component newReplica) {
		Component oldReplica = replica;
		replica = newReplica;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__REPLICA, oldReplica, replica));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplicationMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ReplicationMode newMode) {
		ReplicationMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLagHours() {
		return lagHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagHours(double newLagHours) {
		double oldLagHours = lagHours;
		lagHours = newLagHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__LAG_HOURS, oldLagHours, lagHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIntervalHours() {
		return intervalHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalHours(double newIntervalHours) {
		double oldIntervalHours = intervalHours;
		intervalHours = newIntervalHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__INTERVAL_HOURS, oldIntervalHours, intervalHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRestoreHours() {
		return restoreHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestoreHours(double newRestoreHours) {
		double oldRestoreHours = restoreHours;
		restoreHours = newRestoreHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__RESTORE_HOURS, oldRestoreHours, restoreHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFailoverHours() {
		return failoverHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailoverHours(double newFailoverHours) {
		double oldFailoverHours = failoverHours;
		failoverHours = newFailoverHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DATA_REPLICATION__FAILOVER_HOURS, oldFailoverHours, failoverHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.DATA_REPLICATION__PRIMARY:
				if (resolve) return getPrimary();
				return basicGetPrimary();
			case NinesPackage.DATA_REPLICATION__REPLICA:
				if (resolve) return getReplica();
				return basicGetReplica();
			case NinesPackage.DATA_REPLICATION__MODE:
				return getMode();
			case NinesPackage.DATA_REPLICATION__LAG_HOURS:
				return getLagHours();
			case NinesPackage.DATA_REPLICATION__INTERVAL_HOURS:
				return getIntervalHours();
			case NinesPackage.DATA_REPLICATION__RESTORE_HOURS:
				return getRestoreHours();
			case NinesPackage.DATA_REPLICATION__FAILOVER_HOURS:
				return getFailoverHours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NinesPackage.DATA_REPLICATION__PRIMARY:
				setPrimary((Component)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__REPLICA:
				setReplica((Component)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__MODE:
				setMode((ReplicationMode)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__LAG_HOURS:
				setLagHours((Double)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__INTERVAL_HOURS:
				setIntervalHours((Double)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__RESTORE_HOURS:
				setRestoreHours((Double)newValue);
				return;
			case NinesPackage.DATA_REPLICATION__FAILOVER_HOURS:
				setFailoverHours((Double)newValue);
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
			case NinesPackage.DATA_REPLICATION__PRIMARY:
				setPrimary((Component)null);
				return;
			case NinesPackage.DATA_REPLICATION__REPLICA:
				setReplica((Component)null);
				return;
			case NinesPackage.DATA_REPLICATION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NinesPackage.DATA_REPLICATION__LAG_HOURS:
				setLagHours(LAG_HOURS_EDEFAULT);
				return;
			case NinesPackage.DATA_REPLICATION__INTERVAL_HOURS:
				setIntervalHours(INTERVAL_HOURS_EDEFAULT);
				return;
			case NinesPackage.DATA_REPLICATION__RESTORE_HOURS:
				setRestoreHours(RESTORE_HOURS_EDEFAULT);
				return;
			case NinesPackage.DATA_REPLICATION__FAILOVER_HOURS:
				setFailoverHours(FAILOVER_HOURS_EDEFAULT);
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
			case NinesPackage.DATA_REPLICATION__PRIMARY:
				return primary != null;
			case NinesPackage.DATA_REPLICATION__REPLICA:
				return replica != null;
			case NinesPackage.DATA_REPLICATION__MODE:
				return mode != MODE_EDEFAULT;
			case NinesPackage.DATA_REPLICATION__LAG_HOURS:
				return lagHours != LAG_HOURS_EDEFAULT;
			case NinesPackage.DATA_REPLICATION__INTERVAL_HOURS:
				return intervalHours != INTERVAL_HOURS_EDEFAULT;
			case NinesPackage.DATA_REPLICATION__RESTORE_HOURS:
				return restoreHours != RESTORE_HOURS_EDEFAULT;
			case NinesPackage.DATA_REPLICATION__FAILOVER_HOURS:
				return failoverHours != FAILOVER_HOURS_EDEFAULT;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", lagHours: ");
		result.append(lagHours);
		result.append(", intervalHours: ");
		result.append(intervalHours);
		result.append(", restoreHours: ");
		result.append(restoreHours);
		result.append(", failoverHours: ");
		result.append(failoverHours);
		result.append(')');
		return result.toString();
	}

} //DataReplicationImpl
