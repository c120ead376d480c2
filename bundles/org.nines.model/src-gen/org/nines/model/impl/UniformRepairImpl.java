/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.NinesPackage;
import org.nines.model.UniformRepair;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Uniform Repair</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.UniformRepairImpl#getMinHours <em>Min Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.UniformRepairImpl#getMaxHours <em>Max Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UniformRepairImpl extends RepairModelImpl implements UniformRepair {
	/**
	 * The default value of the '{@link #getMinHours() <em>Min Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinHours() <em>Min Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinHours()
	 * @generated
	 * @ordered
	 */
	protected double minHours = MIN_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxHours() <em>Max Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxHours() <em>Max Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxHours()
	 * @generated
	 * @ordered
	 */
	protected double maxHours = MAX_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UniformRepairImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.UNIFORM_REPAIR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinHours() {
		return minHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinHours(double newMinHours) {
		double oldMinHours = minHours;
		minHours = newMinHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.UNIFORM_REPAIR__MIN_HOURS, oldMinHours, minHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxHours() {
		return maxHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxHours(double newMaxHours) {
		double oldMaxHours = maxHours;
		maxHours = newMaxHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.UNIFORM_REPAIR__MAX_HOURS, oldMaxHours, maxHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.UNIFORM_REPAIR__MIN_HOURS:
				return getMinHours();
			case NinesPackage.UNIFORM_REPAIR__MAX_HOURS:
				return getMaxHours();
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
			case NinesPackage.UNIFORM_REPAIR__MIN_HOURS:
				setMinHours((Double)newValue);
				return;
			case NinesPackage.UNIFORM_REPAIR__MAX_HOURS:
				setMaxHours((Double)newValue);
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
			case NinesPackage.UNIFORM_REPAIR__MIN_HOURS:
				setMinHours(MIN_HOURS_EDEFAULT);
				return;
			case NinesPackage.UNIFORM_REPAIR__MAX_HOURS:
				setMaxHours(MAX_HOURS_EDEFAULT);
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
			case NinesPackage.UNIFORM_REPAIR__MIN_HOURS:
				return minHours != MIN_HOURS_EDEFAULT;
			case NinesPackage.UNIFORM_REPAIR__MAX_HOURS:
				return maxHours != MAX_HOURS_EDEFAULT;
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
		result.append(" (minHours: ");
		result.append(minHours);
		result.append(", maxHours: ");
		result.append(maxHours);
		result.append(')');
		return result.toString();
	}

} //UniformRepairImpl
