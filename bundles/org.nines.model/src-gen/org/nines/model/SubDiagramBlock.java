/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sub Diagram Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A block that stands for a whole other diagram (hierarchy and reuse).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.SubDiagramBlock#getDiagram <em>Diagram</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getSubDiagramBlock()
 * @model
 * @generated
 */
public interface SubDiagramBlock extends DiagramNode {
	/**
	 * Returns the value of the '<em><b>Diagram</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagram this block stands for; must not (indirectly) contain this block.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram</em>' reference.
	 * @see #setDiagram(Diagram)
	 * @see org.nines.model.NinesPackage#getSubDiagramBlock_Diagram()
	 * @model
	 * @generated
	 */
	Diagram getDiagram();

	/**
	 * Sets the value of the '{@link org.nines.model.SubDiagramBlock#getDiagram <em>Diagram</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram</em>' reference.
	 * @see #getDiagram()
	 * @generated
	 */
	void setDiagram(Diagram value);

} // SubDiagramBlock
