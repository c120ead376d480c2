/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.NinesPackage;
import org.nines.model.WeibullFailure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Weibull Failure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.WeibullFailureImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.nines.model.impl.WeibullFailureImpl#getScaleHours <em>Scale Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.WeibullFailureImpl#getLocationHours <em>Location Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WeibullFailureImpl extends FailureModelImpl implements WeibullFailure {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final double SHAPE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected double shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleHours() <em>Scale Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleHours()
	 * @generated
	 * @ordered
	 */
	protected static final double SCALE_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScaleHours() <em>Scale Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleHours()
	 * @generated
	 * @ordered
	 */
	protected double scaleHours = SCALE_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocationHours() <em>Location Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationHours()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCATION_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLocationHours() <em>Location Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationHours()
	 * @generated
	 * @ordered
	 */
	protected double locationHours = LOCATION_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WeibullFailureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.WEIBULL_FAILURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(double newShape) {
		double oldShape = shape;
		shape = newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.WEIBULL_FAILURE__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScaleHours() {
		return scaleHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleHours(double newScaleHours) {
		double oldScaleHours = scaleHours;
		scaleHours = newScaleHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.WEIBULL_FAILURE__SCALE_HOURS, oldScaleHours, scaleHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocationHours() {
		return locationHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocationHours(double newLocationHours) {
		double oldLocationHours = locationHours;
		locationHours = newLocationHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.WEIBULL_FAILURE__LOCATION_HOURS, oldLocationHours, locationHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.WEIBULL_FAILURE__SHAPE:
				return getShape();
			case NinesPackage.WEIBULL_FAILURE__SCALE_HOURS:
				return getScaleHours();
			case NinesPackage.WEIBULL_FAILURE__LOCATION_HOURS:
				return getLocationHours();
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
			case NinesPackage.WEIBULL_FAILURE__SHAPE:
				setShape((Double)newValue);
				return;
			case NinesPackage.WEIBULL_FAILURE__SCALE_HOURS:
				setScaleHours((Double)newValue);
				return;
			case NinesPackage.WEIBULL_FAILURE__LOCATION_HOURS:
				setLocationHours((Double)newValue);
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
			case NinesPackage.WEIBULL_FAILURE__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case NinesPackage.WEIBULL_FAILURE__SCALE_HOURS:
				setScaleHours(SCALE_HOURS_EDEFAULT);
				return;
			case NinesPackage.WEIBULL_FAILURE__LOCATION_HOURS:
				setLocationHours(LOCATION_HOURS_EDEFAULT);
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
			case NinesPackage.WEIBULL_FAILURE__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case NinesPackage.WEIBULL_FAILURE__SCALE_HOURS:
				return scaleHours != SCALE_HOURS_EDEFAULT;
			case NinesPackage.WEIBULL_FAILURE__LOCATION_HOURS:
				return locationHours != LOCATION_HOURS_EDEFAULT;
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
		result.append(" (shape: ");
		result.append(shape);
		result.append(", scaleHours: ");
		result.append(scaleHours);
		result.append(", locationHours: ");
		result.append(locationHours);
		result.append(')');
		return result.toString();
	}

} //WeibullFailureImpl
