/**
 */
package org.nines.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.nines.model.NinesPackage;
import org.nines.model.NonRepairable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Non Repairable</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NonRepairableImpl extends RepairModelImpl implements NonRepairable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NonRepairableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.NON_REPAIRABLE;
	}

} //NonRepairableImpl
