/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uniform Repair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Repair time uniformly distributed between two bounds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.UniformRepair#getMinHours <em>Min Hours</em>}</li>
 *   <li>{@link org.nines.model.UniformRepair#getMaxHours <em>Max Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getUniformRepair()
 * @model
 * @generated
 */
public interface UniformRepair extends RepairModel {
	/**
	 * Returns the value of the '<em><b>Min Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound, hours (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Hours</em>' attribute.
	 * @see #setMinHours(double)
	 * @see org.nines.model.NinesPackage#getUniformRepair_MinHours()
	 * @model
	 * @generated
	 */
	double getMinHours();

	/**
	 * Sets the value of the '{@link org.nines.model.UniformRepair#getMinHours <em>Min Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Hours</em>' attribute.
	 * @see #getMinHours()
	 * @generated
	 */
	void setMinHours(double value);

	/**
	 * Returns the value of the '<em><b>Max Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound, hours (> lower bound).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Hours</em>' attribute.
	 * @see #setMaxHours(double)
	 * @see org.nines.model.NinesPackage#getUniformRepair_MaxHours()
	 * @model
	 * @generated
	 */
	double getMaxHours();

	/**
	 * Sets the value of the '{@link org.nines.model.UniformRepair#getMaxHours <em>Max Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Hours</em>' attribute.
	 * @see #getMaxHours()
	 * @generated
	 */
	void setMaxHours(double value);

} // UniformRepair
