/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Optimization Subsystem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place in a diagram the optimiser may redesign: the block is replaced by the chosen option (n units of a component, k of them needed, active or standby).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.OptimizationSubsystem#getBlock <em>Block</em>}</li>
 *   <li>{@link org.nines.model.OptimizationSubsystem#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getOptimizationSubsystem()
 * @model
 * @generated
 */
public interface OptimizationSubsystem extends Element {
	/**
	 * Returns the value of the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The block (and its component) being optimised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Block</em>' reference.
	 * @see #setBlock(Block)
	 * @see org.nines.model.NinesPackage#getOptimizationSubsystem_Block()
	 * @model
	 * @generated
	 */
	Block getBlock();

	/**
	 * Sets the value of the '{@link org.nines.model.OptimizationSubsystem#getBlock <em>Block</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' reference.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(Block value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.DesignOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Candidate designs; the block's current design is the baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getOptimizationSubsystem_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<DesignOption> getOptions();

} // OptimizationSubsystem
