/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.Component;
import org.nines.model.DesignOption;
import org.nines.model.NinesPackage;
import org.nines.model.RedundancyMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Design Option</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getMinUnits <em>Min Units</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getMaxUnits <em>Max Units</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getRequiredUnits <em>Required Units</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.DesignOptionImpl#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DesignOptionImpl extends ElementImpl implements DesignOption {
	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected Component component;

	/**
	 * The default value of the '{@link #getMinUnits() <em>Min Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_UNITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinUnits() <em>Min Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinUnits()
	 * @generated
	 * @ordered
	 */
	protected int minUnits = MIN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxUnits() <em>Max Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_UNITS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMaxUnits() <em>Max Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnits()
	 * @generated
	 * @ordered
	 */
	protected int maxUnits = MAX_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequiredUnits() <em>Required Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUIRED_UNITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRequiredUnits() <em>Required Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredUnits()
	 * @generated
	 * @ordered
	 */
	protected int requiredUnits = REQUIRED_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final RedundancyMode MODE_EDEFAULT = RedundancyMode.ACTIVE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected RedundancyMode mode = MODE_EDEFAULT;

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
	protected DesignOptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.DESIGN_OPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getComponent() {
		if (component != null && component.eIsProxy()) {
			InternalEObject oldComponent = (InternalEObject)component;
			component = (Component)eResolveProxy(oldComponent);
			if (component != oldComponent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.DESIGN_OPTION__COMPONENT, oldComponent, component));
			}
		}
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(Component newComponent) {
		Component oldComponent = component;
		component = newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinUnits() {
		return minUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinUnits(int newMinUnits) {
		int oldMinUnits = minUnits;
		minUnits = newMinUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__MIN_UNITS, oldMinUnits, minUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxUnits() {
		return maxUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxUnits(int newMaxUnits) {
		int oldMaxUnits = maxUnits;
		maxUnits = newMaxUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__MAX_UNITS, oldMaxUnits, maxUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequiredUnits() {
		return requiredUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiredUnits(int newRequiredUnits) {
		int oldRequiredUnits = requiredUnits;
		requiredUnits = newRequiredUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__REQUIRED_UNITS, oldRequiredUnits, requiredUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedundancyMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(RedundancyMode newMode) {
		RedundancyMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__MODE, oldMode, mode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__SWITCHOVER_HOURS, oldSwitchoverHours, switchoverHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY, oldSwitchFailureProbability, switchFailureProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.DESIGN_OPTION__COMPONENT:
				if (resolve) return getComponent();
				return basicGetComponent();
			case NinesPackage.DESIGN_OPTION__MIN_UNITS:
				return getMinUnits();
			case NinesPackage.DESIGN_OPTION__MAX_UNITS:
				return getMaxUnits();
			case NinesPackage.DESIGN_OPTION__REQUIRED_UNITS:
				return getRequiredUnits();
			case NinesPackage.DESIGN_OPTION__MODE:
				return getMode();
			case NinesPackage.DESIGN_OPTION__SWITCHOVER_HOURS:
				return getSwitchoverHours();
			case NinesPackage.DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY:
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
			case NinesPackage.DESIGN_OPTION__COMPONENT:
				setComponent((Component)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__MIN_UNITS:
				setMinUnits((Integer)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__MAX_UNITS:
				setMaxUnits((Integer)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__REQUIRED_UNITS:
				setRequiredUnits((Integer)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__MODE:
				setMode((RedundancyMode)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__SWITCHOVER_HOURS:
				setSwitchoverHours((Double)newValue);
				return;
			case NinesPackage.DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY:
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
			case NinesPackage.DESIGN_OPTION__COMPONENT:
				setComponent((Component)null);
				return;
			case NinesPackage.DESIGN_OPTION__MIN_UNITS:
				setMinUnits(MIN_UNITS_EDEFAULT);
				return;
			case NinesPackage.DESIGN_OPTION__MAX_UNITS:
				setMaxUnits(MAX_UNITS_EDEFAULT);
				return;
			case NinesPackage.DESIGN_OPTION__REQUIRED_UNITS:
				setRequiredUnits(REQUIRED_UNITS_EDEFAULT);
				return;
			case NinesPackage.DESIGN_OPTION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NinesPackage.DESIGN_OPTION__SWITCHOVER_HOURS:
				setSwitchoverHours(SWITCHOVER_HOURS_EDEFAULT);
				return;
			case NinesPackage.DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY:
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
			case NinesPackage.DESIGN_OPTION__COMPONENT:
				return component != null;
			case NinesPackage.DESIGN_OPTION__MIN_UNITS:
				return minUnits != MIN_UNITS_EDEFAULT;
			case NinesPackage.DESIGN_OPTION__MAX_UNITS:
				return maxUnits != MAX_UNITS_EDEFAULT;
			case NinesPackage.DESIGN_OPTION__REQUIRED_UNITS:
				return requiredUnits != REQUIRED_UNITS_EDEFAULT;
			case NinesPackage.DESIGN_OPTION__MODE:
				return mode != MODE_EDEFAULT;
			case NinesPackage.DESIGN_OPTION__SWITCHOVER_HOURS:
				return switchoverHours != SWITCHOVER_HOURS_EDEFAULT;
			case NinesPackage.DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY:
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
		result.append(" (minUnits: ");
		result.append(minUnits);
		result.append(", maxUnits: ");
		result.append(maxUnits);
		result.append(", requiredUnits: ");
		result.append(requiredUnits);
		result.append(", mode: ");
		result.append(mode);
		result.append(", switchoverHours: ");
		result.append(switchoverHours);
		result.append(", switchFailureProbability: ");
		result.append(switchFailureProbability);
		result.append(')');
		return result.toString();
	}

} //DesignOptionImpl
