/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One change a scenario applies to the base model.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getChange()
 * @model abstract="true"
 * @generated
 */
public interface Change extends EObject {
} // Change
