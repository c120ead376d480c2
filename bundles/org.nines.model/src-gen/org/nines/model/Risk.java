/**
 */
package org.nines.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the risk register: a threat that takes components or whole sites down for a while.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.Risk#getTitle <em>Title</em>}</li>
 *   <li>{@link org.nines.model.Risk#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nines.model.Risk#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.Risk#getCause <em>Cause</em>}</li>
 *   <li>{@link org.nines.model.Risk#getAffectedComponents <em>Affected Components</em>}</li>
 *   <li>{@link org.nines.model.Risk#getAffectedSites <em>Affected Sites</em>}</li>
 *   <li>{@link org.nines.model.Risk#getLikelihoodPerYear <em>Likelihood Per Year</em>}</li>
 *   <li>{@link org.nines.model.Risk#getOutageHours <em>Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.nines.model.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.nines.model.Risk#getStatus <em>Status</em>}</li>
 *   <li>{@link org.nines.model.Risk#getResidualLikelihoodPerYear <em>Residual Likelihood Per Year</em>}</li>
 *   <li>{@link org.nines.model.Risk#getResidualOutageHours <em>Residual Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.Risk#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nines.model.Risk#isDerived <em>Derived</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends Element {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.nines.model.NinesPackage#getRisk_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.RiskCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.nines.model.RiskCategory
	 * @see #setCategory(RiskCategory)
	 * @see org.nines.model.NinesPackage#getRisk_Category()
	 * @model
	 * @generated
	 */
	RiskCategory getCategory();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.nines.model.RiskCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(RiskCategory value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nines.model.NinesPackage#getRisk_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.nines.model.NinesPackage#getRisk_Cause()
	 * @model
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Affected Components</b></em>' reference list.
	 * The list contents are of type {@link org.nines.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Components the risk takes down.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Components</em>' reference list.
	 * @see org.nines.model.NinesPackage#getRisk_AffectedComponents()
	 * @model
	 * @generated
	 */
	EList<Component> getAffectedComponents();

	/**
	 * Returns the value of the '<em><b>Affected Sites</b></em>' reference list.
	 * The list contents are of type {@link org.nines.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites the risk takes down (every component at the site).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Sites</em>' reference list.
	 * @see org.nines.model.NinesPackage#getRisk_AffectedSites()
	 * @model
	 * @generated
	 */
	EList<Site> getAffectedSites();

	/**
	 * Returns the value of the '<em><b>Likelihood Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected number of occurrences per year (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Likelihood Per Year</em>' attribute.
	 * @see #setLikelihoodPerYear(double)
	 * @see org.nines.model.NinesPackage#getRisk_LikelihoodPerYear()
	 * @model
	 * @generated
	 */
	double getLikelihoodPerYear();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getLikelihoodPerYear <em>Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood Per Year</em>' attribute.
	 * @see #getLikelihoodPerYear()
	 * @generated
	 */
	void setLikelihoodPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Outage Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the affected elements stay down per occurrence, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outage Hours</em>' attribute.
	 * @see #setOutageHours(double)
	 * @see org.nines.model.NinesPackage#getRisk_OutageHours()
	 * @model
	 * @generated
	 */
	double getOutageHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getOutageHours <em>Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outage Hours</em>' attribute.
	 * @see #getOutageHours()
	 * @generated
	 */
	void setOutageHours(double value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done or planned against it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigation</em>' attribute.
	 * @see #setMitigation(String)
	 * @see org.nines.model.NinesPackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	String getMitigation();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getMitigation <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' attribute.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owns the risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.nines.model.NinesPackage#getRisk_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.RiskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Treatment status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.nines.model.RiskStatus
	 * @see #setStatus(RiskStatus)
	 * @see org.nines.model.NinesPackage#getRisk_Status()
	 * @model
	 * @generated
	 */
	RiskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.nines.model.RiskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RiskStatus value);

	/**
	 * Returns the value of the '<em><b>Residual Likelihood Per Year</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Likelihood per year after mitigation; negative = same as before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual Likelihood Per Year</em>' attribute.
	 * @see #setResidualLikelihoodPerYear(double)
	 * @see org.nines.model.NinesPackage#getRisk_ResidualLikelihoodPerYear()
	 * @model default="-1"
	 * @generated
	 */
	double getResidualLikelihoodPerYear();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getResidualLikelihoodPerYear <em>Residual Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual Likelihood Per Year</em>' attribute.
	 * @see #getResidualLikelihoodPerYear()
	 * @generated
	 */
	void setResidualLikelihoodPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Residual Outage Hours</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outage hours after mitigation; negative = same as before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual Outage Hours</em>' attribute.
	 * @see #setResidualOutageHours(double)
	 * @see org.nines.model.NinesPackage#getRisk_ResidualOutageHours()
	 * @model default="-1"
	 * @generated
	 */
	double getResidualOutageHours();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getResidualOutageHours <em>Residual Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual Outage Hours</em>' attribute.
	 * @see #getResidualOutageHours()
	 * @generated
	 */
	void setResidualOutageHours(double value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.nines.model.NinesPackage#getRisk_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Derived</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proposed automatically from the model (single point of failure or top cut set).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived</em>' attribute.
	 * @see #setDerived(boolean)
	 * @see org.nines.model.NinesPackage#getRisk_Derived()
	 * @model default="false"
	 * @generated
	 */
	boolean isDerived();

	/**
	 * Sets the value of the '{@link org.nines.model.Risk#isDerived <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived</em>' attribute.
	 * @see #isDerived()
	 * @generated
	 */
	void setDerived(boolean value);

} // Risk
