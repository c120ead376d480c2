/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exponential Repair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Exponential repair time given by its mean (MTTR).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.ExponentialRepair#getMttrHours <em>Mttr Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getExponentialRepair()
 * @model
 * @generated
 */
public interface ExponentialRepair extends RepairModel {
	/**
	 * Returns the value of the '<em><b>Mttr Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean time to repair, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mttr Hours</em>' attribute.
	 * @see #setMttrHours(double)
	 * @see org.nines.model.NinesPackage#getExponentialRepair_MttrHours()
	 * @model
	 * @generated
	 */
	double getMttrHours();

	/**
	 * Sets the value of the '{@link org.nines.model.ExponentialRepair#getMttrHours <em>Mttr Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mttr Hours</em>' attribute.
	 * @see #getMttrHours()
	 * @generated
	 */
	void setMttrHours(double value);

} // ExponentialRepair
