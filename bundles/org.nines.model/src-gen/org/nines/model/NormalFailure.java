/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Normal Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Normal time to failure truncated at 0 (wear-out with little scatter).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.NormalFailure#getMeanHours <em>Mean Hours</em>}</li>
 *   <li>{@link org.nines.model.NormalFailure#getSdHours <em>Sd Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getNormalFailure()
 * @model
 * @generated
 */
public interface NormalFailure extends FailureModel {
	/**
	 * Returns the value of the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean of the untruncated normal law, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Hours</em>' attribute.
	 * @see #setMeanHours(double)
	 * @see org.nines.model.NinesPackage#getNormalFailure_MeanHours()
	 * @model
	 * @generated
	 */
	double getMeanHours();

	/**
	 * Sets the value of the '{@link org.nines.model.NormalFailure#getMeanHours <em>Mean Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Hours</em>' attribute.
	 * @see #getMeanHours()
	 * @generated
	 */
	void setMeanHours(double value);

	/**
	 * Returns the value of the '<em><b>Sd Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sd Hours</em>' attribute.
	 * @see #setSdHours(double)
	 * @see org.nines.model.NinesPackage#getNormalFailure_SdHours()
	 * @model
	 * @generated
	 */
	double getSdHours();

	/**
	 * Sets the value of the '{@link org.nines.model.NormalFailure#getSdHours <em>Sd Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sd Hours</em>' attribute.
	 * @see #getSdHours()
	 * @generated
	 */
	void setSdHours(double value);

} // NormalFailure
