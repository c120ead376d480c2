/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Design Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One candidate design for an optimisation subsystem: between minUnits and maxUnits units of a component type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.DesignOption#getComponent <em>Component</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getMinUnits <em>Min Units</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getMaxUnits <em>Max Units</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getRequiredUnits <em>Required Units</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.DesignOption#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getDesignOption()
 * @model
 * @generated
 */
public interface DesignOption extends Element {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The component type used for every unit (its failure, repair, cost and resource data apply per unit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Component</em>' reference.
	 * @see #setComponent(Component)
	 * @see org.nines.model.NinesPackage#getDesignOption_Component()
	 * @model
	 * @generated
	 */
	Component getComponent();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getComponent <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' reference.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(Component value);

	/**
	 * Returns the value of the '<em><b>Min Units</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fewest units considered (>= 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Units</em>' attribute.
	 * @see #setMinUnits(int)
	 * @see org.nines.model.NinesPackage#getDesignOption_MinUnits()
	 * @model default="1"
	 * @generated
	 */
	int getMinUnits();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getMinUnits <em>Min Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Units</em>' attribute.
	 * @see #getMinUnits()
	 * @generated
	 */
	void setMinUnits(int value);

	/**
	 * Returns the value of the '<em><b>Max Units</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most units considered (>= minUnits).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Units</em>' attribute.
	 * @see #setMaxUnits(int)
	 * @see org.nines.model.NinesPackage#getDesignOption_MaxUnits()
	 * @model default="3"
	 * @generated
	 */
	int getMaxUnits();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getMaxUnits <em>Max Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Units</em>' attribute.
	 * @see #getMaxUnits()
	 * @generated
	 */
	void setMaxUnits(int value);

	/**
	 * Returns the value of the '<em><b>Required Units</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Units that must work (k of n; 1 = plain redundancy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Units</em>' attribute.
	 * @see #setRequiredUnits(int)
	 * @see org.nines.model.NinesPackage#getDesignOption_RequiredUnits()
	 * @model default="1"
	 * @generated
	 */
	int getRequiredUnits();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getRequiredUnits <em>Required Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required Units</em>' attribute.
	 * @see #getRequiredUnits()
	 * @generated
	 */
	void setRequiredUnits(int value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.RedundancyMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active redundancy or standby.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.RedundancyMode
	 * @see #setMode(RedundancyMode)
	 * @see org.nines.model.NinesPackage#getDesignOption_Mode()
	 * @model
	 * @generated
	 */
	RedundancyMode getMode();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.RedundancyMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(RedundancyMode value);

	/**
	 * Returns the value of the '<em><b>Switchover Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Switch-over time for standby modes, hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switchover Hours</em>' attribute.
	 * @see #setSwitchoverHours(double)
	 * @see org.nines.model.NinesPackage#getDesignOption_SwitchoverHours()
	 * @model default="0"
	 * @generated
	 */
	double getSwitchoverHours();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getSwitchoverHours <em>Switchover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switchover Hours</em>' attribute.
	 * @see #getSwitchoverHours()
	 * @generated
	 */
	void setSwitchoverHours(double value);

	/**
	 * Returns the value of the '<em><b>Switch Failure Probability</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability a standby switch-over fails, in [0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #setSwitchFailureProbability(double)
	 * @see org.nines.model.NinesPackage#getDesignOption_SwitchFailureProbability()
	 * @model default="0"
	 * @generated
	 */
	double getSwitchFailureProbability();

	/**
	 * Sets the value of the '{@link org.nines.model.DesignOption#getSwitchFailureProbability <em>Switch Failure Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #getSwitchFailureProbability()
	 * @generated
	 */
	void setSwitchFailureProbability(double value);

} // DesignOption
