/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.NinesPackage;
import org.nines.model.NormalFailure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Normal Failure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.NormalFailureImpl#getMeanHours <em>Mean Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.NormalFailureImpl#getSdHours <em>Sd Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NormalFailureImpl extends FailureModelImpl implements NormalFailure {
	/**
	 * The default value of the '{@link #getMeanHours() <em>Mean Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanHours() <em>Mean Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHours()
	 * @generated
	 * @ordered
	 */
	protected double meanHours = MEAN_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSdHours() <em>Sd Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdHours()
	 * @generated
	 * @ordered
	 */
	protected static final double SD_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSdHours() <em>Sd Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdHours()
	 * @generated
	 * @ordered
	 */
	protected double sdHours = SD_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NormalFailureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.NORMAL_FAILURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanHours() {
		return meanHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanHours(double newMeanHours) {
		double oldMeanHours = meanHours;
		meanHours = newMeanHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.NORMAL_FAILURE__MEAN_HOURS, oldMeanHours, meanHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSdHours() {
		return sdHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSdHours(double newSdHours) {
		double oldSdHours = sdHours;
		sdHours = newSdHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.NORMAL_FAILURE__SD_HOURS, oldSdHours, sdHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.NORMAL_FAILURE__MEAN_HOURS:
				return getMeanHours();
			case NinesPackage.NORMAL_FAILURE__SD_HOURS:
				return getSdHours();
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
			case NinesPackage.NORMAL_FAILURE__MEAN_HOURS:
				setMeanHours((Double)newValue);
				return;
			case NinesPackage.NORMAL_FAILURE__SD_HOURS:
				setSdHours((Double)newValue);
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
			case NinesPackage.NORMAL_FAILURE__MEAN_HOURS:
				setMeanHours(MEAN_HOURS_EDEFAULT);
				return;
			case NinesPackage.NORMAL_FAILURE__SD_HOURS:
				setSdHours(SD_HOURS_EDEFAULT);
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
			case NinesPackage.NORMAL_FAILURE__MEAN_HOURS:
				return meanHours != MEAN_HOURS_EDEFAULT;
			case NinesPackage.NORMAL_FAILURE__SD_HOURS:
				return sdHours != SD_HOURS_EDEFAULT;
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
		result.append(" (meanHours: ");
		result.append(meanHours);
		result.append(", sdHours: ");
		result.append(sdHours);
		result.append(')');
		return result.toString();
	}

} //NormalFailureImpl
