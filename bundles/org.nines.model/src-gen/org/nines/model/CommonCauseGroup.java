/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Common Cause Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Components that can fail together from one cause (beta-factor model).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.CommonCauseGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link org.nines.model.CommonCauseGroup#getBeta <em>Beta</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getCommonCauseGroup()
 * @model
 * @generated
 */
public interface CommonCauseGroup extends Element {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.nines.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At least two components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.nines.model.NinesPackage#getCommonCauseGroup_Members()
	 * @model
	 * @generated
	 */
	EList<Component> getMembers();

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of each member's failures that hit all members at once, in [0, 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see org.nines.model.NinesPackage#getCommonCauseGroup_Beta()
	 * @model default="0.05"
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link org.nines.model.CommonCauseGroup#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

} // CommonCauseGroup
