/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>End</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where every success path ends. Exactly one per diagram.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getEnd()
 * @model
 * @generated
 */
public interface End extends DiagramNode {
} // End
