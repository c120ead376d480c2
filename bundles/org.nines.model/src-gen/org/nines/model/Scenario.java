/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A what-if alternative: a list of changes against the base model and what it costs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.Scenario#getExtraCapex <em>Extra Capex</em>}</li>
 *   <li>{@link org.nines.model.Scenario#getExtraOpexPerYear <em>Extra Opex Per Year</em>}</li>
 *   <li>{@link org.nines.model.Scenario#getChanges <em>Changes</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Element {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nines.model.NinesPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nines.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Extra Capex</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra purchase cost of the alternative, in the model currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Capex</em>' attribute.
	 * @see #setExtraCapex(double)
	 * @see org.nines.model.NinesPackage#getScenario_ExtraCapex()
	 * @model default="0"
	 * @generated
	 */
	double getExtraCapex();

	/**
	 * Sets the value of the '{@link org.nines.model.Scenario#getExtraCapex <em>Extra Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Capex</em>' attribute.
	 * @see #getExtraCapex()
	 * @generated
	 */
	void setExtraCapex(double value);

	/**
	 * Returns the value of the '<em><b>Extra Opex Per Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra running cost per year, in the model currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Opex Per Year</em>' attribute.
	 * @see #setExtraOpexPerYear(double)
	 * @see org.nines.model.NinesPackage#getScenario_ExtraOpexPerYear()
	 * @model default="0"
	 * @generated
	 */
	double getExtraOpexPerYear();

	/**
	 * Sets the value of the '{@link org.nines.model.Scenario#getExtraOpexPerYear <em>Extra Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Opex Per Year</em>' attribute.
	 * @see #getExtraOpexPerYear()
	 * @generated
	 */
	void setExtraOpexPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Change}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The changes, applied in order to a copy of the base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changes</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getScenario_Changes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Change> getChanges();

} // Scenario
