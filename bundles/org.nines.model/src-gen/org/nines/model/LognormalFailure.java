/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lognormal Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lognormal time to failure, given by its mean and the standard deviation of ln(t).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.LognormalFailure#getMeanHours <em>Mean Hours</em>}</li>
 *   <li>{@link org.nines.model.LognormalFailure#getSigma <em>Sigma</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getLognormalFailure()
 * @model
 * @generated
 */
public interface LognormalFailure extends FailureModel {
	/**
	 * Returns the value of the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean time to failure, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Hours</em>' attribute.
	 * @see #setMeanHours(double)
	 * @see org.nines.model.NinesPackage#getLognormalFailure_MeanHours()
	 * @model
	 * @generated
	 */
	double getMeanHours();

	/**
	 * Sets the value of the '{@link org.nines.model.LognormalFailure#getMeanHours <em>Mean Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Hours</em>' attribute.
	 * @see #getMeanHours()
	 * @generated
	 */
	void setMeanHours(double value);

	/**
	 * Returns the value of the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of ln(time to failure) (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigma</em>' attribute.
	 * @see #setSigma(double)
	 * @see org.nines.model.NinesPackage#getLognormalFailure_Sigma()
	 * @model
	 * @generated
	 */
	double getSigma();

	/**
	 * Sets the value of the '{@link org.nines.model.LognormalFailure#getSigma <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigma</em>' attribute.
	 * @see #getSigma()
	 * @generated
	 */
	void setSigma(double value);

} // LognormalFailure
