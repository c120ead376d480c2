/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data centre, building or plant area. Risks can affect a whole site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Site#getLocation <em>Location</em>}</li>
 *   <li>{@link org.nines.model.Site#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.Site#getRepairCrews <em>Repair Crews</em>}</li>
 *   <li>{@link org.nines.model.Site#getTravelHours <em>Travel Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Element {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the site is (address, town or area).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.nines.model.NinesPackage#getSite_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.nines.model.Site#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nines.model.NinesPackage#getSite_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nines.model.Site#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Repair Crews</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repair crews working only at this site; 0 = the site uses the model's shared crews.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repair Crews</em>' attribute.
	 * @see #setRepairCrews(int)
	 * @see org.nines.model.NinesPackage#getSite_RepairCrews()
	 * @model default="0"
	 * @generated
	 */
	int getRepairCrews();

	/**
	 * Sets the value of the '{@link org.nines.model.Site#getRepairCrews <em>Repair Crews</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repair Crews</em>' attribute.
	 * @see #getRepairCrews()
	 * @generated
	 */
	void setRepairCrews(int value);

	/**
	 * Returns the value of the '<em><b>Travel Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time for a crew to reach the site, hours, added to each repair there in simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Travel Hours</em>' attribute.
	 * @see #setTravelHours(double)
	 * @see org.nines.model.NinesPackage#getSite_TravelHours()
	 * @model default="0"
	 * @generated
	 */
	double getTravelHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Site#getTravelHours <em>Travel Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Travel Hours</em>' attribute.
	 * @see #getTravelHours()
	 * @generated
	 */
	void setTravelHours(double value);

} // Site
