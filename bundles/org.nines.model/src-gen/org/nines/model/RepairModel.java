/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repair Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Time-to-repair (restore) distribution of a component.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getRepairModel()
 * @model abstract="true"
 * @generated
 */
public interface RepairModel extends EObject {
} // RepairModel
