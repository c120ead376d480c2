/**
 */
package org.nines.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FailureModel;
import org.nines.model.NinesPackage;
import org.nines.model.RepairModel;
import org.nines.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getFailure <em>Failure</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getRepair <em>Repair</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getCapex <em>Capex</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getOpexPerYear <em>Opex Per Year</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getServiceLifeYears <em>Service Life Years</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getRepairPriority <em>Repair Priority</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getRackUnits <em>Rack Units</em>}</li>
 *   <li>{@link org.nines.model.impl.ComponentImpl#getPowerWatts <em>Power Watts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentImpl extends ElementImpl implements Component {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentKind KIND_EDEFAULT = ComponentKind.SERVER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ComponentKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFailure() <em>Failure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected FailureModel failure;

	/**
	 * The cached value of the '{@link #getRepair() <em>Repair</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepair()
	 * @generated
	 * @ordered
	 */
	protected RepairModel repair;

	/**
	 * The default value of the '{@link #getCapex() <em>Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapex()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPEX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCapex() <em>Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapex()
	 * @generated
	 * @ordered
	 */
	protected double capex = CAPEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpexPerYear() <em>Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpexPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double OPEX_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOpexPerYear() <em>Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpexPerYear()
	 * @generated
	 * @ordered
	 */
	protected double opexPerYear = OPEX_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceLifeYears() <em>Service Life Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLifeYears()
	 * @generated
	 * @ordered
	 */
	protected static final double SERVICE_LIFE_YEARS_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getServiceLifeYears() <em>Service Life Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLifeYears()
	 * @generated
	 * @ordered
	 */
	protected double serviceLifeYears = SERVICE_LIFE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepairPriority() <em>Repair Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int REPAIR_PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRepairPriority() <em>Repair Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairPriority()
	 * @generated
	 * @ordered
	 */
	protected int repairPriority = REPAIR_PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected double weightKg = WEIGHT_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getRackUnits() <em>Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRackUnits()
	 * @generated
	 * @ordered
	 */
	protected static final double RACK_UNITS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRackUnits() <em>Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRackUnits()
	 * @generated
	 * @ordered
	 */
	protected double rackUnits = RACK_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerWatts() <em>Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerWatts()
	 * @generated
	 * @ordered
	 */
	protected static final double POWER_WATTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPowerWatts() <em>Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerWatts()
	 * @generated
	 * @ordered
	 */
	protected double powerWatts = POWER_WATTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ComponentKind newKind) {
		ComponentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.COMPONENT__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, NinesPackage.COMPONENT__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureModel getFailure() {
		return failure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFailure(FailureModel newFailure, NotificationChain msgs) {
		FailureModel oldFailure = failure;
		failure = newFailure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__FAILURE, oldFailure, newFailure);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailure(FailureModel newFailure) {
		if (newFailure != failure) {
			NotificationChain msgs = null;
			if (failure != null)
				msgs = ((InternalEObject)failure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NinesPackage.COMPONENT__FAILURE, null, msgs);
			if (newFailure != null)
				msgs = ((InternalEObject)newFailure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NinesPackage.COMPONENT__FAILURE, null, msgs);
			msgs = basicSetFailure(newFailure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__FAILURE, newFailure, newFailure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepairModel getRepair() {
		return repair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRepair(RepairModel newRepair, NotificationChain msgs) {
		RepairModel oldRepair = repair;
		repair = newRepair;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__REPAIR, oldRepair, newRepair);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepair(RepairModel newRepair) {
		if (newRepair != repair) {
			NotificationChain msgs = null;
			if (repair != null)
				msgs = ((InternalEObject)repair).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NinesPackage.COMPONENT__REPAIR, null, msgs);
			if (newRepair != null)
				msgs = ((InternalEObject)newRepair).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NinesPackage.COMPONENT__REPAIR, null, msgs);
			msgs = basicSetRepair(newRepair, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__REPAIR, newRepair, newRepair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapex() {
		return capex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapex(double newCapex) {
		double oldCapex = capex;
		capex = newCapex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__CAPEX, oldCapex, capex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOpexPerYear() {
		return opexPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpexPerYear(double newOpexPerYear) {
		double oldOpexPerYear = opexPerYear;
		opexPerYear = newOpexPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__OPEX_PER_YEAR, oldOpexPerYear, opexPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getServiceLifeYears() {
		return serviceLifeYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLifeYears(double newServiceLifeYears) {
		double oldServiceLifeYears = serviceLifeYears;
		serviceLifeYears = newServiceLifeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__SERVICE_LIFE_YEARS, oldServiceLifeYears, serviceLifeYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepairPriority() {
		return repairPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepairPriority(int newRepairPriority) {
		int oldRepairPriority = repairPriority;
		repairPriority = newRepairPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__REPAIR_PRIORITY, oldRepairPriority, repairPriority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightKg() {
		return weightKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightKg(double newWeightKg) {
		double oldWeightKg = weightKg;
		weightKg = newWeightKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__WEIGHT_KG, oldWeightKg, weightKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRackUnits() {
		return rackUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRackUnits(double newRackUnits) {
		double oldRackUnits = rackUnits;
		rackUnits = newRackUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__RACK_UNITS, oldRackUnits, rackUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPowerWatts() {
		return powerWatts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerWatts(double newPowerWatts) {
		double oldPowerWatts = powerWatts;
		powerWatts = newPowerWatts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.COMPONENT__POWER_WATTS, oldPowerWatts, powerWatts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NinesPackage.COMPONENT__FAILURE:
				return basicSetFailure(null, msgs);
			case NinesPackage.COMPONENT__REPAIR:
				return basicSetRepair(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.COMPONENT__KIND:
				return getKind();
			case NinesPackage.COMPONENT__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case NinesPackage.COMPONENT__TAGS:
				return getTags();
			case NinesPackage.COMPONENT__NOTES:
				return getNotes();
			case NinesPackage.COMPONENT__FAILURE:
				return getFailure();
			case NinesPackage.COMPONENT__REPAIR:
				return getRepair();
			case NinesPackage.COMPONENT__CAPEX:
				return getCapex();
			case NinesPackage.COMPONENT__OPEX_PER_YEAR:
				return getOpexPerYear();
			case NinesPackage.COMPONENT__SERVICE_LIFE_YEARS:
				return getServiceLifeYears();
			case NinesPackage.COMPONENT__REPAIR_PRIORITY:
				return getRepairPriority();
			case NinesPackage.COMPONENT__WEIGHT_KG:
				return getWeightKg();
			case NinesPackage.COMPONENT__RACK_UNITS:
				return getRackUnits();
			case NinesPackage.COMPONENT__POWER_WATTS:
				return getPowerWatts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NinesPackage.COMPONENT__KIND:
				setKind((ComponentKind)newValue);
				return;
			case NinesPackage.COMPONENT__SITE:
				setSite((Site)newValue);
				return;
			case NinesPackage.COMPONENT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case NinesPackage.COMPONENT__NOTES:
				setNotes((String)newValue);
				return;
			case NinesPackage.COMPONENT__FAILURE:
				setFailure((FailureModel)newValue);
				return;
			case NinesPackage.COMPONENT__REPAIR:
				setRepair((RepairModel)newValue);
				return;
			case NinesPackage.COMPONENT__CAPEX:
				setCapex((Double)newValue);
				return;
			case NinesPackage.COMPONENT__OPEX_PER_YEAR:
				setOpexPerYear((Double)newValue);
				return;
			case NinesPackage.COMPONENT__SERVICE_LIFE_YEARS:
				setServiceLifeYears((Double)newValue);
				return;
			case NinesPackage.COMPONENT__REPAIR_PRIORITY:
				setRepairPriority((Integer)newValue);
				return;
			case NinesPackage.COMPONENT__WEIGHT_KG:
				setWeightKg((Double)newValue);
				return;
			case NinesPackage.COMPONENT__RACK_UNITS:
				setRackUnits((Double)newValue);
				return;
			case NinesPackage.COMPONENT__POWER_WATTS:
				setPowerWatts((Double)newValue);
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
			case NinesPackage.COMPONENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__SITE:
				setSite((Site)null);
				return;
			case NinesPackage.COMPONENT__TAGS:
				getTags().clear();
				return;
			case NinesPackage.COMPONENT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__FAILURE:
				setFailure((FailureModel)null);
				return;
			case NinesPackage.COMPONENT__REPAIR:
				setRepair((RepairModel)null);
				return;
			case NinesPackage.COMPONENT__CAPEX:
				setCapex(CAPEX_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__OPEX_PER_YEAR:
				setOpexPerYear(OPEX_PER_YEAR_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__SERVICE_LIFE_YEARS:
				setServiceLifeYears(SERVICE_LIFE_YEARS_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__REPAIR_PRIORITY:
				setRepairPriority(REPAIR_PRIORITY_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__WEIGHT_KG:
				setWeightKg(WEIGHT_KG_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__RACK_UNITS:
				setRackUnits(RACK_UNITS_EDEFAULT);
				return;
			case NinesPackage.COMPONENT__POWER_WATTS:
				setPowerWatts(POWER_WATTS_EDEFAULT);
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
			case NinesPackage.COMPONENT__KIND:
				return kind != KIND_EDEFAULT;
			case NinesPackage.COMPONENT__SITE:
				return site != null;
			case NinesPackage.COMPONENT__TAGS:
				return tags != null && !tags.isEmpty();
			case NinesPackage.COMPONENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case NinesPackage.COMPONENT__FAILURE:
				return failure != null;
			case NinesPackage.COMPONENT__REPAIR:
				return repair != null;
			case NinesPackage.COMPONENT__CAPEX:
				return capex != CAPEX_EDEFAULT;
			case NinesPackage.COMPONENT__OPEX_PER_YEAR:
				return opexPerYear != OPEX_PER_YEAR_EDEFAULT;
			case NinesPackage.COMPONENT__SERVICE_LIFE_YEARS:
				return serviceLifeYears != SERVICE_LIFE_YEARS_EDEFAULT;
			case NinesPackage.COMPONENT__REPAIR_PRIORITY:
				return repairPriority != REPAIR_PRIORITY_EDEFAULT;
			case NinesPackage.COMPONENT__WEIGHT_KG:
				return weightKg != WEIGHT_KG_EDEFAULT;
			case NinesPackage.COMPONENT__RACK_UNITS:
				return rackUnits != RACK_UNITS_EDEFAULT;
			case NinesPackage.COMPONENT__POWER_WATTS:
				return powerWatts != POWER_WATTS_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", tags: ");
		result.append(tags);
		result.append(", notes: ");
		result.append(notes);
		result.append(", capex: ");
		result.append(capex);
		result.append(", opexPerYear: ");
		result.append(opexPerYear);
		result.append(", serviceLifeYears: ");
		result.append(serviceLifeYears);
		result.append(", repairPriority: ");
		result.append(repairPriority);
		result.append(", weightKg: ");
		result.append(weightKg);
		result.append(", rackUnits: ");
		result.append(rackUnits);
		result.append(", powerWatts: ");
		result.append(powerWatts);
		result.append(')');
		return result.toString();
	}

} //ComponentImpl
