/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kof N</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A junction that works when at least k of its incoming paths work (n = number of incoming connectors).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.KofN#getK <em>K</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getKofN()
 * @model
 * @generated
 */
public interface KofN extends DiagramNode {
	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum number of working incoming paths (1 <= k <= n).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.nines.model.NinesPackage#getKofN_K()
	 * @model default="1"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.nines.model.KofN#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

} // KofN
