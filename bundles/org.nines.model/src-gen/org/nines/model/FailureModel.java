/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failure Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Time-to-failure distribution of a component.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getFailureModel()
 * @model abstract="true"
 * @generated
 */
public interface FailureModel extends EObject {
} // FailureModel
