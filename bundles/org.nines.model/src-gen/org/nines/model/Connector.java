/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directed connection from one node to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Connector#getSource <em>Source</em>}</li>
 *   <li>{@link org.nines.model.Connector#getTarget <em>Target</em>}</li>
 *   <li>{@link org.nines.model.Connector#getBendPoints <em>Bend Points</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getConnector()
 * @model
 * @generated
 */
public interface Connector extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the connector starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DiagramNode)
	 * @see org.nines.model.NinesPackage#getConnector_Source()
	 * @model
	 * @generated
	 */
	DiagramNode getSource();

	/**
	 * Sets the value of the '{@link org.nines.model.Connector#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the connector ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(DiagramNode)
	 * @see org.nines.model.NinesPackage#getConnector_Target()
	 * @model
	 * @generated
	 */
	DiagramNode getTarget();

	/**
	 * Sets the value of the '{@link org.nines.model.Connector#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Bend Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.BendPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bends, in order from source to target. Layout only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bend Points</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getConnector_BendPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<BendPoint> getBendPoints();

} // Connector
