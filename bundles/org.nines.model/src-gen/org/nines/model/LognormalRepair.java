/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lognormal Repair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lognormal repair time, given by its mean and the standard deviation of ln(t).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.LognormalRepair#getMeanHours <em>Mean Hours</em>}</li>
 *   <li>{@link org.nines.model.LognormalRepair#getSigma <em>Sigma</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getLognormalRepair()
 * @model
 * @generated
 */
public interface LognormalRepair extends RepairModel {
	/**
	 * Returns the value of the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean time to repair, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Hours</em>' attribute.
	 * @see #setMeanHours(double)
	 * @see org.nines.model.NinesPackage#getLognormalRepair_MeanHours()
	 * @model
	 * @generated
	 */
	double getMeanHours();

	/**
	 * Sets the value of the '{@link org.nines.model.LognormalRepair#getMeanHours <em>Mean Hours</em>}' attribute.
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
	 * Standard deviation of ln(repair time) (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigma</em>' attribute.
	 * @see #setSigma(double)
	 * @see org.nines.model.NinesPackage#getLognormalRepair_Sigma()
	 * @model
	 * @generated
	 */
	double getSigma();

	/**
	 * Sets the value of the '{@link org.nines.model.LognormalRepair#getSigma <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigma</em>' attribute.
	 * @see #getSigma()
	 * @generated
	 */
	void setSigma(double value);

} // LognormalRepair
