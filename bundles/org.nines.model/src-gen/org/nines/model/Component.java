/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical or logical part of the system with its failure, repair and cost data. Defined once; any number of blocks may refer to it (a shared or repeated component stays one component).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Component#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nines.model.Component#getSite <em>Site</em>}</li>
 *   <li>{@link org.nines.model.Component#getTags <em>Tags</em>}</li>
 *   <li>{@link org.nines.model.Component#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nines.model.Component#getFailure <em>Failure</em>}</li>
 *   <li>{@link org.nines.model.Component#getRepair <em>Repair</em>}</li>
 *   <li>{@link org.nines.model.Component#getCapex <em>Capex</em>}</li>
 *   <li>{@link org.nines.model.Component#getOpexPerYear <em>Opex Per Year</em>}</li>
 *   <li>{@link org.nines.model.Component#getServiceLifeYears <em>Service Life Years</em>}</li>
 *   <li>{@link org.nines.model.Component#getRepairPriority <em>Repair Priority</em>}</li>
 *   <li>{@link org.nines.model.Component#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.nines.model.Component#getRackUnits <em>Rack Units</em>}</li>
 *   <li>{@link org.nines.model.Component#getPowerWatts <em>Power Watts</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the component is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nines.model.ComponentKind
	 * @see #setKind(ComponentKind)
	 * @see org.nines.model.NinesPackage#getComponent_Kind()
	 * @model
	 * @generated
	 */
	ComponentKind getKind();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nines.model.ComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the component is; optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.nines.model.NinesPackage#getComponent_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free labels for filtering.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.nines.model.NinesPackage#getComponent_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text, e.g. the source of the failure data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.nines.model.NinesPackage#getComponent_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Failure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the component fails; required for analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure</em>' containment reference.
	 * @see #setFailure(FailureModel)
	 * @see org.nines.model.NinesPackage#getComponent_Failure()
	 * @model containment="true"
	 * @generated
	 */
	FailureModel getFailure();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getFailure <em>Failure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure</em>' containment reference.
	 * @see #getFailure()
	 * @generated
	 */
	void setFailure(FailureModel value);

	/**
	 * Returns the value of the '<em><b>Repair</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the component is repaired; required for analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repair</em>' containment reference.
	 * @see #setRepair(RepairModel)
	 * @see org.nines.model.NinesPackage#getComponent_Repair()
	 * @model containment="true"
	 * @generated
	 */
	RepairModel getRepair();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getRepair <em>Repair</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repair</em>' containment reference.
	 * @see #getRepair()
	 * @generated
	 */
	void setRepair(RepairModel value);

	/**
	 * Returns the value of the '<em><b>Capex</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Purchase cost, in the model currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capex</em>' attribute.
	 * @see #setCapex(double)
	 * @see org.nines.model.NinesPackage#getComponent_Capex()
	 * @model default="0"
	 * @generated
	 */
	double getCapex();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getCapex <em>Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capex</em>' attribute.
	 * @see #getCapex()
	 * @generated
	 */
	void setCapex(double value);

	/**
	 * Returns the value of the '<em><b>Opex Per Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Running cost per year, in the model currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opex Per Year</em>' attribute.
	 * @see #setOpexPerYear(double)
	 * @see org.nines.model.NinesPackage#getComponent_OpexPerYear()
	 * @model default="0"
	 * @generated
	 */
	double getOpexPerYear();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getOpexPerYear <em>Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opex Per Year</em>' attribute.
	 * @see #getOpexPerYear()
	 * @generated
	 */
	void setOpexPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Service Life Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service life in years; CAPEX is spread over it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Life Years</em>' attribute.
	 * @see #setServiceLifeYears(double)
	 * @see org.nines.model.NinesPackage#getComponent_ServiceLifeYears()
	 * @model default="5"
	 * @generated
	 */
	double getServiceLifeYears();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getServiceLifeYears <em>Service Life Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Life Years</em>' attribute.
	 * @see #getServiceLifeYears()
	 * @generated
	 */
	void setServiceLifeYears(double value);

	/**
	 * Returns the value of the '<em><b>Repair Priority</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repair priority when crews are limited and the policy is PRIORITY: higher first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repair Priority</em>' attribute.
	 * @see #setRepairPriority(int)
	 * @see org.nines.model.NinesPackage#getComponent_RepairPriority()
	 * @model default="0"
	 * @generated
	 */
	int getRepairPriority();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getRepairPriority <em>Repair Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repair Priority</em>' attribute.
	 * @see #getRepairPriority()
	 * @generated
	 */
	void setRepairPriority(int value);

	/**
	 * Returns the value of the '<em><b>Weight Kg</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of one unit, kg (optimisation constraint).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Kg</em>' attribute.
	 * @see #setWeightKg(double)
	 * @see org.nines.model.NinesPackage#getComponent_WeightKg()
	 * @model default="0"
	 * @generated
	 */
	double getWeightKg();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getWeightKg <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Kg</em>' attribute.
	 * @see #getWeightKg()
	 * @generated
	 */
	void setWeightKg(double value);

	/**
	 * Returns the value of the '<em><b>Rack Units</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rack units of one unit (optimisation constraint).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rack Units</em>' attribute.
	 * @see #setRackUnits(double)
	 * @see org.nines.model.NinesPackage#getComponent_RackUnits()
	 * @model default="0"
	 * @generated
	 */
	double getRackUnits();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getRackUnits <em>Rack Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rack Units</em>' attribute.
	 * @see #getRackUnits()
	 * @generated
	 */
	void setRackUnits(double value);

	/**
	 * Returns the value of the '<em><b>Power Watts</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power draw of one unit, W (optimisation constraint).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power Watts</em>' attribute.
	 * @see #setPowerWatts(double)
	 * @see org.nines.model.NinesPackage#getComponent_PowerWatts()
	 * @model default="0"
	 * @generated
	 */
	double getPowerWatts();

	/**
	 * Sets the value of the '{@link org.nines.model.Component#getPowerWatts <em>Power Watts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Watts</em>' attribute.
	 * @see #getPowerWatts()
	 * @generated
	 */
	void setPowerWatts(double value);

} // Component
