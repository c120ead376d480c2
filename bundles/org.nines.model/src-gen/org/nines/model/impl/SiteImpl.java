/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nines.model.NinesPackage;
import org.nines.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.SiteImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.nines.model.impl.SiteImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.impl.SiteImpl#getRepairCrews <em>Repair Crews</em>}</li>
 *   <li>{@link org.nines.model.impl.SiteImpl#getTravelHours <em>Travel Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends ElementImpl implements Site {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepairCrews() <em>Repair Crews</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairCrews()
	 * @generated
	 * @ordered
	 */
	protected static final int REPAIR_CREWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRepairCrews() <em>Repair Crews</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairCrews()
	 * @generated
	 * @ordered
	 */
	protected int repairCrews = REPAIR_CREWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTravelHours() <em>Travel Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelHours()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAVEL_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTravelHours() <em>Travel Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelHours()
	 * @generated
	 * @ordered
	 */
	protected double travelHours = TRAVEL_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SITE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SITE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepairCrews() {
		return repairCrews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepairCrews(int newRepairCrews) {
		int oldRepairCrews = repairCrews;
		repairCrews = newRepairCrews;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SITE__REPAIR_CREWS, oldRepairCrews, repairCrews));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTravelHours() {
		return travelHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTravelHours(double newTravelHours) {
		double oldTravelHours = travelHours;
		travelHours = newTravelHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SITE__TRAVEL_HOURS, oldTravelHours, travelHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.SITE__LOCATION:
				return getLocation();
			case NinesPackage.SITE__DESCRIPTION:
				return getDescription();
			case NinesPackage.SITE__REPAIR_CREWS:
				return getRepairCrews();
			case NinesPackage.SITE__TRAVEL_HOURS:
				return getTravelHours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NinesPackage.SITE__LOCATION:
				setLocation((String)newValue);
				return;
			case NinesPackage.SITE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NinesPackage.SITE__REPAIR_CREWS:
				setRepairCrews((Integer)newValue);
				return;
			case NinesPackage.SITE__TRAVEL_HOURS:
				setTravelHours((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NinesPackage.SITE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case NinesPackage.SITE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NinesPackage.SITE__REPAIR_CREWS:
				setRepairCrews(REPAIR_CREWS_EDEFAULT);
				return;
			case NinesPackage.SITE__TRAVEL_HOURS:
				setTravelHours(TRAVEL_HOURS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NinesPackage.SITE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case NinesPackage.SITE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NinesPackage.SITE__REPAIR_CREWS:
				return repairCrews != REPAIR_CREWS_EDEFAULT;
			case NinesPackage.SITE__TRAVEL_HOURS:
				return travelHours != TRAVEL_HOURS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (location: ");
		result.append(location);
		result.append(", description: ");
		result.append(description);
		result.append(", repairCrews: ");
		result.append(repairCrews);
		result.append(", travelHours: ");
		result.append(travelHours);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
