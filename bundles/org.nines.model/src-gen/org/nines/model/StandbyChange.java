/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standby Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes a standby group's mode, switch-over time or switch failure probability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.StandbyChange#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nines.model.StandbyChange#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.StandbyChange#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.StandbyChange#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getStandbyChange()
 * @model
 * @generated
 */
public interface StandbyChange extends Change {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standby group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(StandbyGroup)
	 * @see org.nines.model.NinesPackage#getStandbyChange_Group()
	 * @model
	 * @generated
	 */
	StandbyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyChange#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StandbyGroup value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.StandbyMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.StandbyMode
	 * @see #setMode(StandbyMode)
	 * @see org.nines.model.NinesPackage#getStandbyChange_Mode()
	 * @model
	 * @generated
	 */
	StandbyMode getMode();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyChange#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.StandbyMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(StandbyMode value);

	/**
	 * Returns the value of the '<em><b>Switchover Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new switch-over time, hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switchover Hours</em>' attribute.
	 * @see #setSwitchoverHours(double)
	 * @see org.nines.model.NinesPackage#getStandbyChange_SwitchoverHours()
	 * @model
	 * @generated
	 */
	double getSwitchoverHours();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyChange#getSwitchoverHours <em>Switchover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switchover Hours</em>' attribute.
	 * @see #getSwitchoverHours()
	 * @generated
	 */
	void setSwitchoverHours(double value);

	/**
	 * Returns the value of the '<em><b>Switch Failure Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new switch failure probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #setSwitchFailureProbability(double)
	 * @see org.nines.model.NinesPackage#getStandbyChange_SwitchFailureProbability()
	 * @model
	 * @generated
	 */
	double getSwitchFailureProbability();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyChange#getSwitchFailureProbability <em>Switch Failure Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #getSwitchFailureProbability()
	 * @generated
	 */
	void setSwitchFailureProbability(double value);

} // StandbyChange
