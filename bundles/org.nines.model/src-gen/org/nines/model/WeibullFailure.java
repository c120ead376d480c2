/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weibull Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Weibull time to failure: F(t) = 1 - exp(-((t - location)/scale)^shape).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.WeibullFailure#getShape <em>Shape</em>}</li>
 *   <li>{@link org.nines.model.WeibullFailure#getScaleHours <em>Scale Hours</em>}</li>
 *   <li>{@link org.nines.model.WeibullFailure#getLocationHours <em>Location Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getWeibullFailure()
 * @model
 * @generated
 */
public interface WeibullFailure extends FailureModel {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shape parameter beta (> 0): < 1 infant mortality, 1 random, > 1 wear-out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see #setShape(double)
	 * @see org.nines.model.NinesPackage#getWeibullFailure_Shape()
	 * @model
	 * @generated
	 */
	double getShape();

	/**
	 * Sets the value of the '{@link org.nines.model.WeibullFailure#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see #getShape()
	 * @generated
	 */
	void setShape(double value);

	/**
	 * Returns the value of the '<em><b>Scale Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale parameter eta, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale Hours</em>' attribute.
	 * @see #setScaleHours(double)
	 * @see org.nines.model.NinesPackage#getWeibullFailure_ScaleHours()
	 * @model
	 * @generated
	 */
	double getScaleHours();

	/**
	 * Sets the value of the '{@link org.nines.model.WeibullFailure#getScaleHours <em>Scale Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Hours</em>' attribute.
	 * @see #getScaleHours()
	 * @generated
	 */
	void setScaleHours(double value);

	/**
	 * Returns the value of the '<em><b>Location Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location (failure-free time) gamma, hours (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location Hours</em>' attribute.
	 * @see #setLocationHours(double)
	 * @see org.nines.model.NinesPackage#getWeibullFailure_LocationHours()
	 * @model default="0"
	 * @generated
	 */
	double getLocationHours();

	/**
	 * Sets the value of the '{@link org.nines.model.WeibullFailure#getLocationHours <em>Location Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location Hours</em>' attribute.
	 * @see #getLocationHours()
	 * @generated
	 */
	void setLocationHours(double value);

} // WeibullFailure
