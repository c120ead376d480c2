/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sets one parameter of a component.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.ParameterChange#getComponent <em>Component</em>}</li>
 *   <li>{@link org.nines.model.ParameterChange#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.nines.model.ParameterChange#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getParameterChange()
 * @model
 * @generated
 */
public interface ParameterChange extends Change {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The component changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Component</em>' reference.
	 * @see #setComponent(Component)
	 * @see org.nines.model.NinesPackage#getParameterChange_Component()
	 * @model
	 * @generated
	 */
	Component getComponent();

	/**
	 * Sets the value of the '{@link org.nines.model.ParameterChange#getComponent <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' reference.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(Component value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.ComponentParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameter set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see org.nines.model.ComponentParameter
	 * @see #setParameter(ComponentParameter)
	 * @see org.nines.model.NinesPackage#getParameterChange_Parameter()
	 * @model
	 * @generated
	 */
	ComponentParameter getParameter();

	/**
	 * Sets the value of the '{@link org.nines.model.ParameterChange#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see org.nines.model.ComponentParameter
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(ComponentParameter value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new value, in the parameter's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.nines.model.NinesPackage#getParameterChange_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.nines.model.ParameterChange#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // ParameterChange
