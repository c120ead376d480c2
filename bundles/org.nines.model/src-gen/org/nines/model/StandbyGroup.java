/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standby Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One active member and standby members that take over in turn when the active one fails.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.StandbyGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link org.nines.model.StandbyGroup#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.StandbyGroup#getDormantFactor <em>Dormant Factor</em>}</li>
 *   <li>{@link org.nines.model.StandbyGroup#getSwitchoverHours <em>Switchover Hours</em>}</li>
 *   <li>{@link org.nines.model.StandbyGroup#getSwitchFailureProbability <em>Switch Failure Probability</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getStandbyGroup()
 * @model
 * @generated
 */
public interface StandbyGroup extends DiagramNode {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.nines.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members in switch-over order; the first is the primary (active) one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.nines.model.NinesPackage#getStandbyGroup_Members()
	 * @model
	 * @generated
	 */
	EList<Component> getMembers();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.StandbyMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the standby members wait.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.StandbyMode
	 * @see #setMode(StandbyMode)
	 * @see org.nines.model.NinesPackage#getStandbyGroup_Mode()
	 * @model
	 * @generated
	 */
	StandbyMode getMode();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyGroup#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.StandbyMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(StandbyMode value);

	/**
	 * Returns the value of the '<em><b>Dormant Factor</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Failure rate of a waiting member as a fraction of its active rate, in [0, 1] (warm standby; 0 for cold, 1 for hot).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dormant Factor</em>' attribute.
	 * @see #setDormantFactor(double)
	 * @see org.nines.model.NinesPackage#getStandbyGroup_DormantFactor()
	 * @model default="0"
	 * @generated
	 */
	double getDormantFactor();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyGroup#getDormantFactor <em>Dormant Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dormant Factor</em>' attribute.
	 * @see #getDormantFactor()
	 * @generated
	 */
	void setDormantFactor(double value);

	/**
	 * Returns the value of the '<em><b>Switchover Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to switch to a standby member, hours (>= 0); the group is down meanwhile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switchover Hours</em>' attribute.
	 * @see #setSwitchoverHours(double)
	 * @see org.nines.model.NinesPackage#getStandbyGroup_SwitchoverHours()
	 * @model default="0"
	 * @generated
	 */
	double getSwitchoverHours();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyGroup#getSwitchoverHours <em>Switchover Hours</em>}' attribute.
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
	 * Probability that a switch-over fails on demand, in [0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #setSwitchFailureProbability(double)
	 * @see org.nines.model.NinesPackage#getStandbyGroup_SwitchFailureProbability()
	 * @model default="0"
	 * @generated
	 */
	double getSwitchFailureProbability();

	/**
	 * Sets the value of the '{@link org.nines.model.StandbyGroup#getSwitchFailureProbability <em>Switch Failure Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switch Failure Probability</em>' attribute.
	 * @see #getSwitchFailureProbability()
	 * @generated
	 */
	void setSwitchFailureProbability(double value);

} // StandbyGroup
