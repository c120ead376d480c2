/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spare Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stock of spare parts for one component kind: a repair needs a spare; a used spare is restocked after a delay.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.SparePool#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nines.model.SparePool#getCount <em>Count</em>}</li>
 *   <li>{@link org.nines.model.SparePool#getRestockHours <em>Restock Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getSparePool()
 * @model
 * @generated
 */
public interface SparePool extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which components the spares fit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nines.model.ComponentKind
	 * @see #setKind(ComponentKind)
	 * @see org.nines.model.NinesPackage#getSparePool_Kind()
	 * @model
	 * @generated
	 */
	ComponentKind getKind();

	/**
	 * Sets the value of the '{@link org.nines.model.SparePool#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nines.model.ComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spares on the shelf at the start (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.nines.model.NinesPackage#getSparePool_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.nines.model.SparePool#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Restock Hours</b></em>' attribute.
	 * The default value is <code>"72"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to replace a used spare, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restock Hours</em>' attribute.
	 * @see #setRestockHours(double)
	 * @see org.nines.model.NinesPackage#getSparePool_RestockHours()
	 * @model default="72"
	 * @generated
	 */
	double getRestockHours();

	/**
	 * Sets the value of the '{@link org.nines.model.SparePool#getRestockHours <em>Restock Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restock Hours</em>' attribute.
	 * @see #getRestockHours()
	 * @generated
	 */
	void setRestockHours(double value);

} // SparePool
