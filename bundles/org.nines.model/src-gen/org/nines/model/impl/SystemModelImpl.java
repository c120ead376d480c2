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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.CrewPolicy;
import org.nines.model.DataReplication;
import org.nines.model.Diagram;
import org.nines.model.NinesPackage;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.SystemModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getDowntimeCostPerHour <em>Downtime Cost Per Hour</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getMissionTimeHours <em>Mission Time Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getAnalysisPeriodHours <em>Analysis Period Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getRepairCrews <em>Repair Crews</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getCrewPolicy <em>Crew Policy</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getLogisticDelayHours <em>Logistic Delay Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#isNoAgeingWhileSystemDown <em>No Ageing While System Down</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getLikelihoodThresholds <em>Likelihood Thresholds</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getImpactThresholds <em>Impact Thresholds</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getMaxWeightKg <em>Max Weight Kg</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getMaxRackUnits <em>Max Rack Units</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getMaxPowerWatts <em>Max Power Watts</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getTopDiagram <em>Top Diagram</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getCommonCauseGroups <em>Common Cause Groups</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getSparePools <em>Spare Pools</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getOptimizationSubsystems <em>Optimization Subsystems</em>}</li>
 *   <li>{@link org.nines.model.impl.SystemModelImpl#getReplications <em>Replications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemModelImpl extends MinimalEObjectImpl.Container implements SystemModel {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDowntimeCostPerHour() <em>Downtime Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDowntimeCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double DOWNTIME_COST_PER_HOUR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDowntimeCostPerHour() <em>Downtime Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDowntimeCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected double downtimeCostPerHour = DOWNTIME_COST_PER_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissionTimeHours() <em>Mission Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissionTimeHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MISSION_TIME_HOURS_EDEFAULT = 8760.0;

	/**
	 * The cached value of the '{@link #getMissionTimeHours() <em>Mission Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissionTimeHours()
	 * @generated
	 * @ordered
	 */
	protected double missionTimeHours = MISSION_TIME_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalysisPeriodHours() <em>Analysis Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisPeriodHours()
	 * @generated
	 * @ordered
	 */
	protected static final double ANALYSIS_PERIOD_HOURS_EDEFAULT = 8760.0;

	/**
	 * The cached value of the '{@link #getAnalysisPeriodHours() <em>Analysis Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisPeriodHours()
	 * @generated
	 * @ordered
	 */
	protected double analysisPeriodHours = ANALYSIS_PERIOD_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getCrewPolicy() <em>Crew Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrewPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final CrewPolicy CREW_POLICY_EDEFAULT = CrewPolicy.FIFO;

	/**
	 * The cached value of the '{@link #getCrewPolicy() <em>Crew Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrewPolicy()
	 * @generated
	 * @ordered
	 */
	protected CrewPolicy crewPolicy = CREW_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogisticDelayHours() <em>Logistic Delay Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogisticDelayHours()
	 * @generated
	 * @ordered
	 */
	protected static final double LOGISTIC_DELAY_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLogisticDelayHours() <em>Logistic Delay Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogisticDelayHours()
	 * @generated
	 * @ordered
	 */
	protected double logisticDelayHours = LOGISTIC_DELAY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoAgeingWhileSystemDown() <em>No Ageing While System Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoAgeingWhileSystemDown()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_AGEING_WHILE_SYSTEM_DOWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoAgeingWhileSystemDown() <em>No Ageing While System Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoAgeingWhileSystemDown()
	 * @generated
	 * @ordered
	 */
	protected boolean noAgeingWhileSystemDown = NO_AGEING_WHILE_SYSTEM_DOWN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLikelihoodThresholds() <em>Likelihood Thresholds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikelihoodThresholds()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> likelihoodThresholds;

	/**
	 * The cached value of the '{@link #getImpactThresholds() <em>Impact Thresholds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpactThresholds()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> impactThresholds;

	/**
	 * The default value of the '{@link #getMaxWeightKg() <em>Max Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWeightKg()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_WEIGHT_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxWeightKg() <em>Max Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWeightKg()
	 * @generated
	 * @ordered
	 */
	protected double maxWeightKg = MAX_WEIGHT_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRackUnits() <em>Max Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRackUnits()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_RACK_UNITS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxRackUnits() <em>Max Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRackUnits()
	 * @generated
	 * @ordered
	 */
	protected double maxRackUnits = MAX_RACK_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPowerWatts() <em>Max Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPowerWatts()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_POWER_WATTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxPowerWatts() <em>Max Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPowerWatts()
	 * @generated
	 * @ordered
	 */
	protected double maxPowerWatts = MAX_POWER_WATTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopDiagram() <em>Top Diagram</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopDiagram()
	 * @generated
	 * @ordered
	 */
	protected Diagram topDiagram;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

	/**
	 * The cached value of the '{@link #getDiagrams() <em>Diagrams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagrams()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagram> diagrams;

	/**
	 * The cached value of the '{@link #getCommonCauseGroups() <em>Common Cause Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonCauseGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<CommonCauseGroup> commonCauseGroups;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getSparePools() <em>Spare Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSparePools()
	 * @generated
	 * @ordered
	 */
	protected EList<SparePool> sparePools;

	/**
	 * The cached value of the '{@link #getOptimizationSubsystems() <em>Optimization Subsystems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizationSubsystems()
	 * @generated
	 * @ordered
	 */
	protected EList<OptimizationSubsystem> optimizationSubsystems;

	/**
	 * The cached value of the '{@link #getReplications() <em>Replications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected EList<DataReplication> replications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.SYSTEM_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDowntimeCostPerHour() {
		return downtimeCostPerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDowntimeCostPerHour(double newDowntimeCostPerHour) {
		double oldDowntimeCostPerHour = downtimeCostPerHour;
		downtimeCostPerHour = newDowntimeCostPerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR, oldDowntimeCostPerHour, downtimeCostPerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMissionTimeHours() {
		return missionTimeHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissionTimeHours(double newMissionTimeHours) {
		double oldMissionTimeHours = missionTimeHours;
		missionTimeHours = newMissionTimeHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__MISSION_TIME_HOURS, oldMissionTimeHours, missionTimeHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnalysisPeriodHours() {
		return analysisPeriodHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisPeriodHours(double newAnalysisPeriodHours) {
		double oldAnalysisPeriodHours = analysisPeriodHours;
		analysisPeriodHours = newAnalysisPeriodHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS, oldAnalysisPeriodHours, analysisPeriodHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__REPAIR_CREWS, oldRepairCrews, repairCrews));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrewPolicy getCrewPolicy() {
		return crewPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrewPolicy(CrewPolicy newCrewPolicy) {
		CrewPolicy oldCrewPolicy = crewPolicy;
		crewPolicy = newCrewPolicy == null ? CREW_POLICY_EDEFAULT : newCrewPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__CREW_POLICY, oldCrewPolicy, crewPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLogisticDelayHours() {
		return logisticDelayHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogisticDelayHours(double newLogisticDelayHours) {
		double oldLogisticDelayHours = logisticDelayHours;
		logisticDelayHours = newLogisticDelayHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS, oldLogisticDelayHours, logisticDelayHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoAgeingWhileSystemDown() {
		return noAgeingWhileSystemDown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoAgeingWhileSystemDown(boolean newNoAgeingWhileSystemDown) {
		boolean oldNoAgeingWhileSystemDown = noAgeingWhileSystemDown;
		noAgeingWhileSystemDown = newNoAgeingWhileSystemDown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN, oldNoAgeingWhileSystemDown, noAgeingWhileSystemDown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLikelihoodThresholds() {
		if (likelihoodThresholds == null) {
			likelihoodThresholds = new EDataTypeUniqueEList<Double>(Double.class, this, NinesPackage.SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS);
		}
		return likelihoodThresholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getImpactThresholds() {
		if (impactThresholds == null) {
			impactThresholds = new EDataTypeUniqueEList<Double>(Double.class, this, NinesPackage.SYSTEM_MODEL__IMPACT_THRESHOLDS);
		}
		return impactThresholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxWeightKg() {
		return maxWeightKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxWeightKg(double newMaxWeightKg) {
		double oldMaxWeightKg = maxWeightKg;
		maxWeightKg = newMaxWeightKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__MAX_WEIGHT_KG, oldMaxWeightKg, maxWeightKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxRackUnits() {
		return maxRackUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRackUnits(double newMaxRackUnits) {
		double oldMaxRackUnits = maxRackUnits;
		maxRackUnits = newMaxRackUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__MAX_RACK_UNITS, oldMaxRackUnits, maxRackUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxPowerWatts() {
		return maxPowerWatts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPowerWatts(double newMaxPowerWatts) {
		double oldMaxPowerWatts = maxPowerWatts;
		maxPowerWatts = newMaxPowerWatts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__MAX_POWER_WATTS, oldMaxPowerWatts, maxPowerWatts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram getTopDiagram() {
		if (topDiagram != null && topDiagram.eIsProxy()) {
			InternalEObject oldTopDiagram = (InternalEObject)topDiagram;
			topDiagram = (Diagram)eResolveProxy(oldTopDiagram);
			if (topDiagram != oldTopDiagram) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM, oldTopDiagram, topDiagram));
			}
		}
		return topDiagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Diagram basicGetTopDiagram() {
		return topDiagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopDiagram(Diagram newTopDiagram) {
		Diagram oldTopDiagram = topDiagram;
		topDiagram = newTopDiagram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM, oldTopDiagram, topDiagram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, NinesPackage.SYSTEM_MODEL__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<Component>(Component.class, this, NinesPackage.SYSTEM_MODEL__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagram> getDiagrams() {
		if (diagrams == null) {
			diagrams = new EObjectContainmentEList<Diagram>(Diagram.class, this, NinesPackage.SYSTEM_MODEL__DIAGRAMS);
		}
		return diagrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommonCauseGroup> getCommonCauseGroups() {
		if (commonCauseGroups == null) {
			commonCauseGroups = new EObjectContainmentEList<CommonCauseGroup>(CommonCauseGroup.class, this, NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS);
		}
		return commonCauseGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, NinesPackage.SYSTEM_MODEL__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, NinesPackage.SYSTEM_MODEL__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SparePool> getSparePools() {
		if (sparePools == null) {
			sparePools = new EObjectContainmentEList<SparePool>(SparePool.class, this, NinesPackage.SYSTEM_MODEL__SPARE_POOLS);
		}
		return sparePools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OptimizationSubsystem> getOptimizationSubsystems() {
		if (optimizationSubsystems == null) {
			optimizationSubsystems = new EObjectContainmentEList<OptimizationSubsystem>(OptimizationSubsystem.class, this, NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS);
		}
		return optimizationSubsystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataReplication> getReplications() {
		if (replications == null) {
			replications = new EObjectContainmentEList<DataReplication>(DataReplication.class, this, NinesPackage.SYSTEM_MODEL__REPLICATIONS);
		}
		return replications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NinesPackage.SYSTEM_MODEL__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__DIAGRAMS:
				return ((InternalEList<?>)getDiagrams()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS:
				return ((InternalEList<?>)getCommonCauseGroups()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__SPARE_POOLS:
				return ((InternalEList<?>)getSparePools()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS:
				return ((InternalEList<?>)getOptimizationSubsystems()).basicRemove(otherEnd, msgs);
			case NinesPackage.SYSTEM_MODEL__REPLICATIONS:
				return ((InternalEList<?>)getReplications()).basicRemove(otherEnd, msgs);
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
			case NinesPackage.SYSTEM_MODEL__NAME:
				return getName();
			case NinesPackage.SYSTEM_MODEL__DESCRIPTION:
				return getDescription();
			case NinesPackage.SYSTEM_MODEL__CURRENCY:
				return getCurrency();
			case NinesPackage.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR:
				return getDowntimeCostPerHour();
			case NinesPackage.SYSTEM_MODEL__MISSION_TIME_HOURS:
				return getMissionTimeHours();
			case NinesPackage.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS:
				return getAnalysisPeriodHours();
			case NinesPackage.SYSTEM_MODEL__SCHEMA_VERSION:
				return getSchemaVersion();
			case NinesPackage.SYSTEM_MODEL__REPAIR_CREWS:
				return getRepairCrews();
			case NinesPackage.SYSTEM_MODEL__CREW_POLICY:
				return getCrewPolicy();
			case NinesPackage.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS:
				return getLogisticDelayHours();
			case NinesPackage.SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN:
				return isNoAgeingWhileSystemDown();
			case NinesPackage.SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS:
				return getLikelihoodThresholds();
			case NinesPackage.SYSTEM_MODEL__IMPACT_THRESHOLDS:
				return getImpactThresholds();
			case NinesPackage.SYSTEM_MODEL__MAX_WEIGHT_KG:
				return getMaxWeightKg();
			case NinesPackage.SYSTEM_MODEL__MAX_RACK_UNITS:
				return getMaxRackUnits();
			case NinesPackage.SYSTEM_MODEL__MAX_POWER_WATTS:
				return getMaxPowerWatts();
			case NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM:
				if (resolve) return getTopDiagram();
				return basicGetTopDiagram();
			case NinesPackage.SYSTEM_MODEL__SITES:
				return getSites();
			case NinesPackage.SYSTEM_MODEL__COMPONENTS:
				return getComponents();
			case NinesPackage.SYSTEM_MODEL__DIAGRAMS:
				return getDiagrams();
			case NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS:
				return getCommonCauseGroups();
			case NinesPackage.SYSTEM_MODEL__RISKS:
				return getRisks();
			case NinesPackage.SYSTEM_MODEL__SCENARIOS:
				return getScenarios();
			case NinesPackage.SYSTEM_MODEL__SPARE_POOLS:
				return getSparePools();
			case NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS:
				return getOptimizationSubsystems();
			case NinesPackage.SYSTEM_MODEL__REPLICATIONS:
				return getReplications();
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
			case NinesPackage.SYSTEM_MODEL__NAME:
				setName((String)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__CURRENCY:
				setCurrency((String)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR:
				setDowntimeCostPerHour((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__MISSION_TIME_HOURS:
				setMissionTimeHours((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS:
				setAnalysisPeriodHours((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__REPAIR_CREWS:
				setRepairCrews((Integer)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__CREW_POLICY:
				setCrewPolicy((CrewPolicy)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS:
				setLogisticDelayHours((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN:
				setNoAgeingWhileSystemDown((Boolean)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS:
				getLikelihoodThresholds().clear();
				getLikelihoodThresholds().addAll((Collection<? extends Double>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__IMPACT_THRESHOLDS:
				getImpactThresholds().clear();
				getImpactThresholds().addAll((Collection<? extends Double>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_WEIGHT_KG:
				setMaxWeightKg((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_RACK_UNITS:
				setMaxRackUnits((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_POWER_WATTS:
				setMaxPowerWatts((Double)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM:
				setTopDiagram((Diagram)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__DIAGRAMS:
				getDiagrams().clear();
				getDiagrams().addAll((Collection<? extends Diagram>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS:
				getCommonCauseGroups().clear();
				getCommonCauseGroups().addAll((Collection<? extends CommonCauseGroup>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends Risk>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__SPARE_POOLS:
				getSparePools().clear();
				getSparePools().addAll((Collection<? extends SparePool>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS:
				getOptimizationSubsystems().clear();
				getOptimizationSubsystems().addAll((Collection<? extends OptimizationSubsystem>)newValue);
				return;
			case NinesPackage.SYSTEM_MODEL__REPLICATIONS:
				getReplications().clear();
				getReplications().addAll((Collection<? extends DataReplication>)newValue);
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
			case NinesPackage.SYSTEM_MODEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR:
				setDowntimeCostPerHour(DOWNTIME_COST_PER_HOUR_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__MISSION_TIME_HOURS:
				setMissionTimeHours(MISSION_TIME_HOURS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS:
				setAnalysisPeriodHours(ANALYSIS_PERIOD_HOURS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__REPAIR_CREWS:
				setRepairCrews(REPAIR_CREWS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__CREW_POLICY:
				setCrewPolicy(CREW_POLICY_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS:
				setLogisticDelayHours(LOGISTIC_DELAY_HOURS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN:
				setNoAgeingWhileSystemDown(NO_AGEING_WHILE_SYSTEM_DOWN_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS:
				getLikelihoodThresholds().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__IMPACT_THRESHOLDS:
				getImpactThresholds().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_WEIGHT_KG:
				setMaxWeightKg(MAX_WEIGHT_KG_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_RACK_UNITS:
				setMaxRackUnits(MAX_RACK_UNITS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__MAX_POWER_WATTS:
				setMaxPowerWatts(MAX_POWER_WATTS_EDEFAULT);
				return;
			case NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM:
				setTopDiagram((Diagram)null);
				return;
			case NinesPackage.SYSTEM_MODEL__SITES:
				getSites().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__COMPONENTS:
				getComponents().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__DIAGRAMS:
				getDiagrams().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS:
				getCommonCauseGroups().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__RISKS:
				getRisks().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__SCENARIOS:
				getScenarios().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__SPARE_POOLS:
				getSparePools().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS:
				getOptimizationSubsystems().clear();
				return;
			case NinesPackage.SYSTEM_MODEL__REPLICATIONS:
				getReplications().clear();
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
			case NinesPackage.SYSTEM_MODEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NinesPackage.SYSTEM_MODEL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NinesPackage.SYSTEM_MODEL__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case NinesPackage.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR:
				return downtimeCostPerHour != DOWNTIME_COST_PER_HOUR_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__MISSION_TIME_HOURS:
				return missionTimeHours != MISSION_TIME_HOURS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS:
				return analysisPeriodHours != ANALYSIS_PERIOD_HOURS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__REPAIR_CREWS:
				return repairCrews != REPAIR_CREWS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__CREW_POLICY:
				return crewPolicy != CREW_POLICY_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS:
				return logisticDelayHours != LOGISTIC_DELAY_HOURS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN:
				return noAgeingWhileSystemDown != NO_AGEING_WHILE_SYSTEM_DOWN_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS:
				return likelihoodThresholds != null && !likelihoodThresholds.isEmpty();
			case NinesPackage.SYSTEM_MODEL__IMPACT_THRESHOLDS:
				return impactThresholds != null && !impactThresholds.isEmpty();
			case NinesPackage.SYSTEM_MODEL__MAX_WEIGHT_KG:
				return maxWeightKg != MAX_WEIGHT_KG_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__MAX_RACK_UNITS:
				return maxRackUnits != MAX_RACK_UNITS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__MAX_POWER_WATTS:
				return maxPowerWatts != MAX_POWER_WATTS_EDEFAULT;
			case NinesPackage.SYSTEM_MODEL__TOP_DIAGRAM:
				return topDiagram != null;
			case NinesPackage.SYSTEM_MODEL__SITES:
				return sites != null && !sites.isEmpty();
			case NinesPackage.SYSTEM_MODEL__COMPONENTS:
				return components != null && !components.isEmpty();
			case NinesPackage.SYSTEM_MODEL__DIAGRAMS:
				return diagrams != null && !diagrams.isEmpty();
			case NinesPackage.SYSTEM_MODEL__COMMON_CAUSE_GROUPS:
				return commonCauseGroups != null && !commonCauseGroups.isEmpty();
			case NinesPackage.SYSTEM_MODEL__RISKS:
				return risks != null && !risks.isEmpty();
			case NinesPackage.SYSTEM_MODEL__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case NinesPackage.SYSTEM_MODEL__SPARE_POOLS:
				return sparePools != null && !sparePools.isEmpty();
			case NinesPackage.SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS:
				return optimizationSubsystems != null && !optimizationSubsystems.isEmpty();
			case NinesPackage.SYSTEM_MODEL__REPLICATIONS:
				return replications != null && !replications.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", currency: ");
		result.append(currency);
		result.append(", downtimeCostPerHour: ");
		result.append(downtimeCostPerHour);
		result.append(", missionTimeHours: ");
		result.append(missionTimeHours);
		result.append(", analysisPeriodHours: ");
		result.append(analysisPeriodHours);
		result.append(", schemaVersion: ");
		result.append(schemaVersion);
		result.append(", repairCrews: ");
		result.append(repairCrews);
		result.append(", crewPolicy: ");
		result.append(crewPolicy);
		result.append(", logisticDelayHours: ");
		result.append(logisticDelayHours);
		result.append(", noAgeingWhileSystemDown: ");
		result.append(noAgeingWhileSystemDown);
		result.append(", likelihoodThresholds: ");
		result.append(likelihoodThresholds);
		result.append(", impactThresholds: ");
		result.append(impactThresholds);
		result.append(", maxWeightKg: ");
		result.append(maxWeightKg);
		result.append(", maxRackUnits: ");
		result.append(maxRackUnits);
		result.append(", maxPowerWatts: ");
		result.append(maxPowerWatts);
		result.append(')');
		return result.toString();
	}

} //SystemModelImpl
