/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a Nines model: the system, its components, diagrams, common-cause groups, risks and what-if scenarios.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.SystemModel#getName <em>Name</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getDowntimeCostPerHour <em>Downtime Cost Per Hour</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getMissionTimeHours <em>Mission Time Hours</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getAnalysisPeriodHours <em>Analysis Period Hours</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getRepairCrews <em>Repair Crews</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getCrewPolicy <em>Crew Policy</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getLogisticDelayHours <em>Logistic Delay Hours</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#isNoAgeingWhileSystemDown <em>No Ageing While System Down</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getLikelihoodThresholds <em>Likelihood Thresholds</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getImpactThresholds <em>Impact Thresholds</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getMaxWeightKg <em>Max Weight Kg</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getMaxRackUnits <em>Max Rack Units</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getMaxPowerWatts <em>Max Power Watts</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getTopDiagram <em>Top Diagram</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getSites <em>Sites</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getComponents <em>Components</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getCommonCauseGroups <em>Common Cause Groups</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getSparePools <em>Spare Pools</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getOptimizationSubsystems <em>Optimization Subsystems</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getReplications <em>Replications</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getSystemModel()
 * @model
 * @generated
 */
public interface SystemModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the system or service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nines.model.NinesPackage#getSystemModel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nines.model.NinesPackage#getSystemModel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of every amount of money in this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.nines.model.NinesPackage#getSystemModel_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Downtime Cost Per Hour</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of one hour of service downtime, in the model currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Downtime Cost Per Hour</em>' attribute.
	 * @see #setDowntimeCostPerHour(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_DowntimeCostPerHour()
	 * @model default="0"
	 * @generated
	 */
	double getDowntimeCostPerHour();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getDowntimeCostPerHour <em>Downtime Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Downtime Cost Per Hour</em>' attribute.
	 * @see #getDowntimeCostPerHour()
	 * @generated
	 */
	void setDowntimeCostPerHour(double value);

	/**
	 * Returns the value of the '<em><b>Mission Time Hours</b></em>' attribute.
	 * The default value is <code>"8760"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mission time in hours: non-repairable components are evaluated at this time; reliability R(t) is reported for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mission Time Hours</em>' attribute.
	 * @see #setMissionTimeHours(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_MissionTimeHours()
	 * @model default="8760"
	 * @generated
	 */
	double getMissionTimeHours();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getMissionTimeHours <em>Mission Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission Time Hours</em>' attribute.
	 * @see #getMissionTimeHours()
	 * @generated
	 */
	void setMissionTimeHours(double value);

	/**
	 * Returns the value of the '<em><b>Analysis Period Hours</b></em>' attribute.
	 * The default value is <code>"8760"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the analysis period in hours (default one year, 8,760 h): downtime and outages are reported per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Period Hours</em>' attribute.
	 * @see #setAnalysisPeriodHours(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_AnalysisPeriodHours()
	 * @model default="8760"
	 * @generated
	 */
	double getAnalysisPeriodHours();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getAnalysisPeriodHours <em>Analysis Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Period Hours</em>' attribute.
	 * @see #getAnalysisPeriodHours()
	 * @generated
	 */
	void setAnalysisPeriodHours(double value);

	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file schema this model was written with; older files are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see org.nines.model.NinesPackage#getSystemModel_SchemaVersion()
	 * @model default="1"
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Repair Crews</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repair crews shared by all sites without crews of their own; 0 = unlimited (every failure repaired at once). Used by simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repair Crews</em>' attribute.
	 * @see #setRepairCrews(int)
	 * @see org.nines.model.NinesPackage#getSystemModel_RepairCrews()
	 * @model default="0"
	 * @generated
	 */
	int getRepairCrews();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getRepairCrews <em>Repair Crews</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repair Crews</em>' attribute.
	 * @see #getRepairCrews()
	 * @generated
	 */
	void setRepairCrews(int value);

	/**
	 * Returns the value of the '<em><b>Crew Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.CrewPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order in which crews take waiting repairs. Used by simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crew Policy</em>' attribute.
	 * @see org.nines.model.CrewPolicy
	 * @see #setCrewPolicy(CrewPolicy)
	 * @see org.nines.model.NinesPackage#getSystemModel_CrewPolicy()
	 * @model
	 * @generated
	 */
	CrewPolicy getCrewPolicy();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getCrewPolicy <em>Crew Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crew Policy</em>' attribute.
	 * @see org.nines.model.CrewPolicy
	 * @see #getCrewPolicy()
	 * @generated
	 */
	void setCrewPolicy(CrewPolicy value);

	/**
	 * Returns the value of the '<em><b>Logistic Delay Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delay before any repair starts (call-out, logistics), hours, added to every repair in simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logistic Delay Hours</em>' attribute.
	 * @see #setLogisticDelayHours(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_LogisticDelayHours()
	 * @model default="0"
	 * @generated
	 */
	double getLogisticDelayHours();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getLogisticDelayHours <em>Logistic Delay Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logistic Delay Hours</em>' attribute.
	 * @see #getLogisticDelayHours()
	 * @generated
	 */
	void setLogisticDelayHours(double value);

	/**
	 * Returns the value of the '<em><b>No Ageing While System Down</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, components do not age (their failure clocks stop) while the service is down. Used by simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Ageing While System Down</em>' attribute.
	 * @see #setNoAgeingWhileSystemDown(boolean)
	 * @see org.nines.model.NinesPackage#getSystemModel_NoAgeingWhileSystemDown()
	 * @model default="false"
	 * @generated
	 */
	boolean isNoAgeingWhileSystemDown();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#isNoAgeingWhileSystemDown <em>No Ageing While System Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Ageing While System Down</em>' attribute.
	 * @see #isNoAgeingWhileSystemDown()
	 * @generated
	 */
	void setNoAgeingWhileSystemDown(boolean value);

	/**
	 * Returns the value of the '<em><b>Likelihood Thresholds</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bounds of likelihood levels 1 to 4, in events per year, ascending (level 5 above the last). Empty = defaults 0.01, 0.1, 1, 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Likelihood Thresholds</em>' attribute list.
	 * @see org.nines.model.NinesPackage#getSystemModel_LikelihoodThresholds()
	 * @model
	 * @generated
	 */
	EList<Double> getLikelihoodThresholds();

	/**
	 * Returns the value of the '<em><b>Impact Thresholds</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bounds of impact levels 1 to 4, in hours of expected service downtime per year caused by the risk, ascending (level 5 above the last). Empty = defaults 0.1, 1, 8, 24.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact Thresholds</em>' attribute list.
	 * @see org.nines.model.NinesPackage#getSystemModel_ImpactThresholds()
	 * @model
	 * @generated
	 */
	EList<Double> getImpactThresholds();

	/**
	 * Returns the value of the '<em><b>Max Weight Kg</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimisation limit on the total weight of the optimised units, kg; 0 = no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Weight Kg</em>' attribute.
	 * @see #setMaxWeightKg(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_MaxWeightKg()
	 * @model default="0"
	 * @generated
	 */
	double getMaxWeightKg();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getMaxWeightKg <em>Max Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Weight Kg</em>' attribute.
	 * @see #getMaxWeightKg()
	 * @generated
	 */
	void setMaxWeightKg(double value);

	/**
	 * Returns the value of the '<em><b>Max Rack Units</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimisation limit on the total rack units of the optimised units; 0 = no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Rack Units</em>' attribute.
	 * @see #setMaxRackUnits(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_MaxRackUnits()
	 * @model default="0"
	 * @generated
	 */
	double getMaxRackUnits();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getMaxRackUnits <em>Max Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rack Units</em>' attribute.
	 * @see #getMaxRackUnits()
	 * @generated
	 */
	void setMaxRackUnits(double value);

	/**
	 * Returns the value of the '<em><b>Max Power Watts</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimisation limit on the total power draw of the optimised units, W; 0 = no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Power Watts</em>' attribute.
	 * @see #setMaxPowerWatts(double)
	 * @see org.nines.model.NinesPackage#getSystemModel_MaxPowerWatts()
	 * @model default="0"
	 * @generated
	 */
	double getMaxPowerWatts();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getMaxPowerWatts <em>Max Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Power Watts</em>' attribute.
	 * @see #getMaxPowerWatts()
	 * @generated
	 */
	void setMaxPowerWatts(double value);

	/**
	 * Returns the value of the '<em><b>Top Diagram</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagram that describes the whole service; its Start-to-End success defines system availability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Top Diagram</em>' reference.
	 * @see #setTopDiagram(Diagram)
	 * @see org.nines.model.NinesPackage#getSystemModel_TopDiagram()
	 * @model
	 * @generated
	 */
	Diagram getTopDiagram();

	/**
	 * Sets the value of the '{@link org.nines.model.SystemModel#getTopDiagram <em>Top Diagram</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Diagram</em>' reference.
	 * @see #getTopDiagram()
	 * @generated
	 */
	void setTopDiagram(Diagram value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data centres, buildings or plant areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Components, each defined once; blocks in diagrams refer to them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reliability block diagrams; the top one and the sub-diagrams it uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

	/**
	 * Returns the value of the '<em><b>Common Cause Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.CommonCauseGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of components that can fail together.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Common Cause Groups</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_CommonCauseGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CommonCauseGroup> getCommonCauseGroups();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The risk register.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What-if alternatives to the base design.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Spare Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.SparePool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spare parts stocks by component kind, used by simulation; a kind without a pool has unlimited spares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spare Pools</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_SparePools()
	 * @model containment="true"
	 * @generated
	 */
	EList<SparePool> getSparePools();

	/**
	 * Returns the value of the '<em><b>Optimization Subsystems</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.OptimizationSubsystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts of the design the optimiser may change, each with its candidate options.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimization Subsystems</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_OptimizationSubsystems()
	 * @model containment="true"
	 * @generated
	 */
	EList<OptimizationSubsystem> getOptimizationSubsystems();

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' containment reference list.
	 * The list contents are of type {@link org.nines.model.DataReplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How data is copied between components (databases, storage): drives recovery point and data-loss analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replications</em>' containment reference list.
	 * @see org.nines.model.NinesPackage#getSystemModel_Replications()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataReplication> getReplications();

} // SystemModel
