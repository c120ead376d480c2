/**
 */
package org.nines.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.nines.model.NinesPackage;
import org.nines.model.RepairModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Repair Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class RepairModelImpl extends MinimalEObjectImpl.Container implements RepairModel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepairModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.REPAIR_MODEL;
	}

} //RepairModelImpl
