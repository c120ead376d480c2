/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reliability block diagram: the service works while a path of working blocks leads from Start to End.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Diagram#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.nines.model.Diagram#getRtoTargetHours <em>Rto Target Hours</em>}</li>
 *   <li>{@link org.nines.model.Diagram#getRpoTargetHours <em>Rpo Target Hours</em>}</li>
 *   <li>{@link org.nines.model.Diagram#getMaxTolerableOutageHours <em>Max Tolerable Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.Diagram#getConnectors <em>Connectors</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends Element {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nines.model.NinesPackage#getDiagram_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nines.model.Diagram#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.DiagramNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start, End, blocks, k-of-n junctions, standby groups and sub-diagram blocks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Rto Target Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery time objective of the service this diagram describes: how long an outage may last, hours; 0 = no target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rto Target Hours</em>' attribute.
	 * @see #setRtoTargetHours(double)
	 * @see org.nines.model.NinesPackage#getDiagram_RtoTargetHours()
	 * @model default="0"
	 * @generated
	 */
	double getRtoTargetHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Diagram#getRtoTargetHours <em>Rto Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rto Target Hours</em>' attribute.
	 * @see #getRtoTargetHours()
	 * @generated
	 */
	void setRtoTargetHours(double value);

	/**
	 * Returns the value of the '<em><b>Rpo Target Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery point objective: how much data (hours of changes) may be lost in an incident; 0 = no target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rpo Target Hours</em>' attribute.
	 * @see #setRpoTargetHours(double)
	 * @see org.nines.model.NinesPackage#getDiagram_RpoTargetHours()
	 * @model default="0"
	 * @generated
	 */
	double getRpoTargetHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Diagram#getRpoTargetHours <em>Rpo Target Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rpo Target Hours</em>' attribute.
	 * @see #getRpoTargetHours()
	 * @generated
	 */
	void setRpoTargetHours(double value);

	/**
	 * Returns the value of the '<em><b>Max Tolerable Outage Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum tolerable outage per incident, hours; 0 = no target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Tolerable Outage Hours</em>' attribute.
	 * @see #setMaxTolerableOutageHours(double)
	 * @see org.nines.model.NinesPackage#getDiagram_MaxTolerableOutageHours()
	 * @model default="0"
	 * @generated
	 */
	double getMaxTolerableOutageHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Diagram#getMaxTolerableOutageHours <em>Max Tolerable Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Tolerable Outage Hours</em>' attribute.
	 * @see #getMaxTolerableOutageHours()
	 * @generated
	 */
	void setMaxTolerableOutageHours(double value);

	/**
	 * Returns the value of the '<em><b>Connectors</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Connector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directed connections between nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connectors</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getDiagram_Connectors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connector> getConnectors();

} // Diagram
