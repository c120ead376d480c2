/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Non Repairable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The component is not repaired within the mission time.
 * <!-- end-model-doc -->
 *
 *
 * @see org.nines.model.NinesPackage#getNonRepairable()
 * @model
 * @generated
 */
public interface NonRepairable extends RepairModel {
} // NonRepairable
