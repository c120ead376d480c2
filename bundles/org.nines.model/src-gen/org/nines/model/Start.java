/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Start</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where every success path begins. Exactly one per diagram.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getStart()
 * @model
 * @generated
 */
public interface Start extends DiagramNode {
} // Start
