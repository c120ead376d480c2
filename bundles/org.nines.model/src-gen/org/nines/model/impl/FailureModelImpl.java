/**
 */
package org.nines.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.nines.model.FailureModel;
import org.nines.model.NinesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Failure Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FailureModelImpl extends MinimalEObjectImpl.Container implements FailureModel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FailureModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.FAILURE_MODEL;
	}

} //FailureModelImpl
