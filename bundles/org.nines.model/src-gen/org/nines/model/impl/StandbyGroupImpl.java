/**
 */
package org.nines.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nines.model.Component;
import org.nines.model.NinesPackage;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standby Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.StandbyGroupImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyGroupImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyGroupImpl#getDormantFactor <em>Dormant Factor</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyGroupImpl#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.StandbyGroupImpl#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandbyGroupImpl extends DiagramNodeImpl implements StandbyGroup {
	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> members;

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
	 * The default value of the '{@link #getDormantFactor() <em>Dormant Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDormantFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double DORMANT_FACTOR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDormantFactor() <em>Dormant Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDormantFactor()
	 * @generated
	 * @ordered
	 */
	protected double dormantFactor = DORMANT_FACTOR_EDEFAULT;

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
	protected StandbyGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.STANDBY_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Component>(Component.class, this, NinesPackage.STANDBY_GROUP__MEMBERS);
		}
		return members;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_GROUP__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDormantFactor() {
		return dormantFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDormantFactor(double newDormantFactor) {
		double oldDormantFactor = dormantFactor;
		dormantFactor = newDormantFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_GROUP__DORMANT_FACTOR, oldDormantFactor, dormantFactor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_GROUP__SWITCHOVER_HOURS, oldSwitchoverHours, switchoverHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY, oldSwitchFailureProbability, switchFailureProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.STANDBY_GROUP__MEMBERS:
				return getMembers();
			case NinesPackage.STANDBY_GROUP__MODE:
				return getMode();
			case NinesPackage.STANDBY_GROUP__DORMANT_FACTOR:
				return getDormantFactor();
			case NinesPackage.STANDBY_GROUP__SWITCHOVER_HOURS:
				return getSwitchoverHours();
			case NinesPackage.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY:
				return getSwitchFailureProbability();
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
			case NinesPackage.STANDBY_GROUP__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Component>)newValue);
				return;
			case NinesPackage.STANDBY_GROUP__MODE:
				setMode((StandbyMode)newValue);
				return;
			case NinesPackage.STANDBY_GROUP__DORMANT_FACTOR:
				setDormantFactor((Double)newValue);
				return;
			case NinesPackage.STANDBY_GROUP__SWITCHOVER_HOURS:
				setSwitchoverHours((Double)newValue);
				return;
			case NinesPackage.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY:
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
			case NinesPackage.STANDBY_GROUP__MEMBERS:
				getMembers().clear();
				return;
			case NinesPackage.STANDBY_GROUP__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NinesPackage.STANDBY_GROUP__DORMANT_FACTOR:
				setDormantFactor(DORMANT_FACTOR_EDEFAULT);
				return;
			case NinesPackage.STANDBY_GROUP__SWITCHOVER_HOURS:
				setSwitchoverHours(SWITCHOVER_HOURS_EDEFAULT);
				return;
			case NinesPackage.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY:
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
			case NinesPackage.STANDBY_GROUP__MEMBERS:
				return members != null && !members.isEmpty();
			case NinesPackage.STANDBY_GROUP__MODE:
				return mode != MODE_EDEFAULT;
			case NinesPackage.STANDBY_GROUP__DORMANT_FACTOR:
				return dormantFactor != DORMANT_FACTOR_EDEFAULT;
			case NinesPackage.STANDBY_GROUP__SWITCHOVER_HOURS:
				return switchoverHours != SWITCHOVER_HOURS_EDEFAULT;
			case NinesPackage.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY:
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
		result.append(", dormantFactor: ");
		result.append(dormantFactor);
		result.append(", switchoverHours: ");
		result.append(switchoverHours);
		result.append(", switchFailureProbability: ");
		result.append(switchFailureProbability);
		result.append(')');
		return result.toString();
	}

} //StandbyGroupImpl
