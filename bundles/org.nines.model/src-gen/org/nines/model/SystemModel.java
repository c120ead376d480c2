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
 *   <li>{@link org.nines.model.SystemModel#getTopDiagram <em>Top Diagram</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getSites <em>Sites</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getComponents <em>Components</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getCommonCauseGroups <em>Common Cause Groups</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.nines.model.SystemModel#getScenarios <em>Scenarios</em>}</li>
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

} // SystemModel
