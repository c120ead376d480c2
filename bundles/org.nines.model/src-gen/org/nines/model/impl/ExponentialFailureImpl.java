/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.ExponentialFailure;
import org.nines.model.NinesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exponential Failure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.ExponentialFailureImpl#getMtbfHours <em>Mtbf Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExponentialFailureImpl extends FailureModelImpl implements ExponentialFailure {
	/**
	 * The default value of the '{@link #getMtbfHours() <em>Mtbf Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtbfHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MTBF_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMtbfHours() <em>Mtbf Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtbfHours()
	 * @generated
	 * @ordered
	 */
	protected double mtbfHours = MTBF_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExponentialFailureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.EXPONENTIAL_FAILURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMtbfHours() {
		return mtbfHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtbfHours(double newMtbfHours) {
		double oldMtbfHours = mtbfHours;
		mtbfHours = newMtbfHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.EXPONENTIAL_FAILURE__MTBF_HOURS, oldMtbfHours, mtbfHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.EXPONENTIAL_FAILURE__MTBF_HOURS:
				return getMtbfHours();
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
			case NinesPackage.EXPONENTIAL_FAILURE__MTBF_HOURS:
				setMtbfHours((Double)newValue);
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
			case NinesPackage.EXPONENTIAL_FAILURE__MTBF_HOURS:
				setMtbfHours(MTBF_HOURS_EDEFAULT);
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
			case NinesPackage.EXPONENTIAL_FAILURE__MTBF_HOURS:
				return mtbfHours != MTBF_HOURS_EDEFAULT;
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
		result.append(" (mtbfHours: ");
		result.append(mtbfHours);
		result.append(')');
		return result.toString();
	}

} //ExponentialFailureImpl
