/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Common Cause Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes the beta factor of a common-cause group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.CommonCauseChange#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nines.model.CommonCauseChange#getBeta <em>Beta</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getCommonCauseChange()
 * @model
 * @generated
 */
public interface CommonCauseChange extends Change {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(CommonCauseGroup)
	 * @see org.nines.model.NinesPackage#getCommonCauseChange_Group()
	 * @model
	 * @generated
	 */
	CommonCauseGroup getGroup();

	/**
	 * Sets the value of the '{@link org.nines.model.CommonCauseChange#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(CommonCauseGroup value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new beta factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see org.nines.model.NinesPackage#getCommonCauseChange_Beta()
	 * @model
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link org.nines.model.CommonCauseChange#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

} // CommonCauseChange
