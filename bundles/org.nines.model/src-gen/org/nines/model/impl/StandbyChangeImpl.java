/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.NinesPackage;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standby Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.StandbyChangeImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyChangeImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyChangeImpl#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyChangeImpl#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandbyChangeImpl extends ChangeImpl implements StandbyChange {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected StandbyGroup group;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final StandbyMode MODE_EDEFAULT = StandbyMode.COLD;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected StandbyMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwitchoverHours() <em>Switchover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchoverHours()
	 * @generated
	 * @ordered
	 */
	protected static final double SWITCHOVER_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSwitchoverHours() <em>Switchover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchoverHours()
	 * @generated
	 * @ordered
	 */
	protected double switchoverHours = SWITCHOVER_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwitchFailureProbability() <em>Switch Failure Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchFailureProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double SWITCH_FAILURE_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSwitchFailureProbability() <em>Switch Failure Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchFailureProbability()
	 * @generated
	 * @ordered
	 */
	protected double switchFailureProbability = SWITCH_FAILURE_PROBABILITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandbyChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.STANDBY_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandbyGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (StandbyGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.STANDBY_CHANGE__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandbyGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(StandbyGroup newGroup) {
		StandbyGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_CHANGE__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandbyMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(StandbyMode newMode) {
		StandbyMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_CHANGE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSwitchoverHours() {
		return switchoverHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwitchoverHours(double newSwitchoverHours) {
		double oldSwitchoverHours = switchoverHours;
		switchoverHours = newSwitchoverHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_CHANGE__SWITCHOVER_HOURS, oldSwitchoverHours, switchoverHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSwitchFailureProbability() {
		return switchFailureProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwitchFailureProbability(double newSwitchFailureProbability) {
		double oldSwitchFailureProbability = switchFailureProbability;
		switchFailureProbability = newSwitchFailureProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY, oldSwitchFailureProbability, switchFailureProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.STANDBY_CHANGE__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case NinesPackage.STANDBY_CHANGE__MODE:
				return getMode();
			case NinesPackage.STANDBY_CHANGE__SWITCHOVER_HOURS:
				return getSwitchoverHours();
			case NinesPackage.STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY:
				return getSwitchFailureProbability();
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
			case NinesPackage.STANDBY_CHANGE__GROUP:
				setGroup((StandbyGroup)newValue);
				return;
			case NinesPackage.STANDBY_CHANGE__MODE:
				setMode((StandbyMode)newValue);
				return;
			case NinesPackage.STANDBY_CHANGE__SWITCHOVER_HOURS:
				setSwitchoverHours((Double)newValue);
				return;
			case NinesPackage.STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY:
				setSwitchFailureProbability((Double)newValue);
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
			case NinesPackage.STANDBY_CHANGE__GROUP:
				setGroup((StandbyGroup)null);
				return;
			case NinesPackage.STANDBY_CHANGE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NinesPackage.STANDBY_CHANGE__SWITCHOVER_HOURS:
				setSwitchoverHours(SWITCHOVER_HOURS_EDEFAULT);
				return;
			case NinesPackage.STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY:
				setSwitchFailureProbability(SWITCH_FAILURE_PROBABILITY_EDEFAULT);
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
			case NinesPackage.STANDBY_CHANGE__GROUP:
				return group != null;
			case NinesPackage.STANDBY_CHANGE__MODE:
				return mode != MODE_EDEFAULT;
			case NinesPackage.STANDBY_CHANGE__SWITCHOVER_HOURS:
				return switchoverHours != SWITCHOVER_HOURS_EDEFAULT;
			case NinesPackage.STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY:
				return switchFailureProbability != SWITCH_FAILURE_PROBABILITY_EDEFAULT;
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
		result.append(", switchoverHours: ");
		result.append(switchoverHours);
		result.append(", switchFailureProbability: ");
		result.append(switchFailureProbability);
		result.append(')');
		return result.toString();
	}

} //StandbyChangeImpl
