/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exponential Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Constant failure rate, given as MTBF (rate = 1/MTBF per hour).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.ExponentialFailure#getMtbfHours <em>Mtbf Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getExponentialFailure()
 * @model
 * @generated
 */
public interface ExponentialFailure extends FailureModel {
	/**
	 * Returns the value of the '<em><b>Mtbf Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean time between failures, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtbf Hours</em>' attribute.
	 * @see #setMtbfHours(double)
	 * @see org.nines.model.NinesPackage#getExponentialFailure_MtbfHours()
	 * @model
	 * @generated
	 */
	double getMtbfHours();

	/**
	 * Sets the value of the '{@link org.nines.model.ExponentialFailure#getMtbfHours <em>Mtbf Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtbf Hours</em>' attribute.
	 * @see #getMtbfHours()
	 * @generated
	 */
	void setMtbfHours(double value);

} // ExponentialFailure
