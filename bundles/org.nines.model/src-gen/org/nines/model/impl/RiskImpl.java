/**
 */
package org.nines.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nines.model.Component;
import org.nines.model.NinesPackage;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.RiskImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getAffectedComponents <em>Affected Components</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getAffectedSites <em>Affected Sites</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getLikelihoodPerYear <em>Likelihood Per Year</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getOutageHours <em>Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getResidualLikelihoodPerYear <em>Residual Likelihood Per Year</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getResidualOutageHours <em>Residual Outage Hours</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.nines.model.impl.RiskImpl#isDerived <em>Derived</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskImpl extends ElementImpl implements Risk {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final RiskCategory CATEGORY_EDEFAULT = RiskCategory.HARDWARE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected RiskCategory category = CATEGORY_EDEFAULT;

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
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffectedComponents() <em>Affected Components</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> affectedComponents;

	/**
	 * The cached value of the '{@link #getAffectedSites() <em>Affected Sites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> affectedSites;

	/**
	 * The default value of the '{@link #getLikelihoodPerYear() <em>Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikelihoodPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double LIKELIHOOD_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLikelihoodPerYear() <em>Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikelihoodPerYear()
	 * @generated
	 * @ordered
	 */
	protected double likelihoodPerYear = LIKELIHOOD_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutageHours() <em>Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutageHours()
	 * @generated
	 * @ordered
	 */
	protected static final double OUTAGE_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOutageHours() <em>Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutageHours()
	 * @generated
	 * @ordered
	 */
	protected double outageHours = OUTAGE_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMitigation() <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigation()
	 * @generated
	 * @ordered
	 */
	protected static final String MITIGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMitigation() <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigation()
	 * @generated
	 * @ordered
	 */
	protected String mitigation = MITIGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RiskStatus STATUS_EDEFAULT = RiskStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RiskStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidualLikelihoodPerYear() <em>Residual Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualLikelihoodPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double RESIDUAL_LIKELIHOOD_PER_YEAR_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getResidualLikelihoodPerYear() <em>Residual Likelihood Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualLikelihoodPerYear()
	 * @generated
	 * @ordered
	 */
	protected double residualLikelihoodPerYear = RESIDUAL_LIKELIHOOD_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidualOutageHours() <em>Residual Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualOutageHours()
	 * @generated
	 * @ordered
	 */
	protected static final double RESIDUAL_OUTAGE_HOURS_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getResidualOutageHours() <em>Residual Outage Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualOutageHours()
	 * @generated
	 * @ordered
	 */
	protected double residualOutageHours = RESIDUAL_OUTAGE_HOURS_EDEFAULT;

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
	 * The default value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DERIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected boolean derived = DERIVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.RISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(RiskCategory newCategory) {
		RiskCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getAffectedComponents() {
		if (affectedComponents == null) {
			affectedComponents = new EObjectResolvingEList<Component>(Component.class, this, NinesPackage.RISK__AFFECTED_COMPONENTS);
		}
		return affectedComponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getAffectedSites() {
		if (affectedSites == null) {
			affectedSites = new EObjectResolvingEList<Site>(Site.class, this, NinesPackage.RISK__AFFECTED_SITES);
		}
		return affectedSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLikelihoodPerYear() {
		return likelihoodPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLikelihoodPerYear(double newLikelihoodPerYear) {
		double oldLikelihoodPerYear = likelihoodPerYear;
		likelihoodPerYear = newLikelihoodPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__LIKELIHOOD_PER_YEAR, oldLikelihoodPerYear, likelihoodPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOutageHours() {
		return outageHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutageHours(double newOutageHours) {
		double oldOutageHours = outageHours;
		outageHours = newOutageHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__OUTAGE_HOURS, oldOutageHours, outageHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMitigation() {
		return mitigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMitigation(String newMitigation) {
		String oldMitigation = mitigation;
		mitigation = newMitigation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__MITIGATION, oldMitigation, mitigation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RiskStatus newStatus) {
		RiskStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getResidualLikelihoodPerYear() {
		return residualLikelihoodPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidualLikelihoodPerYear(double newResidualLikelihoodPerYear) {
		double oldResidualLikelihoodPerYear = residualLikelihoodPerYear;
		residualLikelihoodPerYear = newResidualLikelihoodPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__RESIDUAL_LIKELIHOOD_PER_YEAR, oldResidualLikelihoodPerYear, residualLikelihoodPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getResidualOutageHours() {
		return residualOutageHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidualOutageHours(double newResidualOutageHours) {
		double oldResidualOutageHours = residualOutageHours;
		residualOutageHours = newResidualOutageHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__RESIDUAL_OUTAGE_HOURS, oldResidualOutageHours, residualOutageHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDerived() {
		return derived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerived(boolean newDerived) {
		boolean oldDerived = derived;
		derived = newDerived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.RISK__DERIVED, oldDerived, derived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.RISK__TITLE:
				return getTitle();
			case NinesPackage.RISK__CATEGORY:
				return getCategory();
			case NinesPackage.RISK__DESCRIPTION:
				return getDescription();
			case NinesPackage.RISK__CAUSE:
				return getCause();
			case NinesPackage.RISK__AFFECTED_COMPONENTS:
				return getAffectedComponents();
			case NinesPackage.RISK__AFFECTED_SITES:
				return getAffectedSites();
			case NinesPackage.RISK__LIKELIHOOD_PER_YEAR:
				return getLikelihoodPerYear();
			case NinesPackage.RISK__OUTAGE_HOURS:
				return getOutageHours();
			case NinesPackage.RISK__MITIGATION:
				return getMitigation();
			case NinesPackage.RISK__OWNER:
				return getOwner();
			case NinesPackage.RISK__STATUS:
				return getStatus();
			case NinesPackage.RISK__RESIDUAL_LIKELIHOOD_PER_YEAR:
				return getResidualLikelihoodPerYear();
			case NinesPackage.RISK__RESIDUAL_OUTAGE_HOURS:
				return getResidualOutageHours();
			case NinesPackage.RISK__NOTES:
				return getNotes();
			case NinesPackage.RISK__DERIVED:
				return isDerived();
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
			case NinesPackage.RISK__TITLE:
				setTitle((String)newValue);
				return;
			case NinesPackage.RISK__CATEGORY:
				setCategory((RiskCategory)newValue);
				return;
			case NinesPackage.RISK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NinesPackage.RISK__CAUSE:
				setCause((String)newValue);
				return;
			case NinesPackage.RISK__AFFECTED_COMPONENTS:
				getAffectedComponents().clear();
				getAffectedComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case NinesPackage.RISK__AFFECTED_SITES:
				getAffectedSites().clear();
				getAffectedSites().addAll((Collection<? extends Site>)newValue);
				return;
			case NinesPackage.RISK__LIKELIHOOD_PER_YEAR:
				setLikelihoodPerYear((Double)newValue);
				return;
			case NinesPackage.RISK__OUTAGE_HOURS:
				setOutageHours((Double)newValue);
				return;
			case NinesPackage.RISK__MITIGATION:
				setMitigation((String)newValue);
				return;
			case NinesPackage.RISK__OWNER:
				setOwner((String)newValue);
				return;
			case NinesPackage.RISK__STATUS:
				setStatus((RiskStatus)newValue);
				return;
			case NinesPackage.RISK__RESIDUAL_LIKELIHOOD_PER_YEAR:
				setResidualLikelihoodPerYear((Double)newValue);
				return;
			case NinesPackage.RISK__RESIDUAL_OUTAGE_HOURS:
				setResidualOutageHours((Double)newValue);
				return;
			case NinesPackage.RISK__NOTES:
				setNotes((String)newValue);
				return;
			case NinesPackage.RISK__DERIVED:
				setDerived((Boolean)newValue);
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
			case NinesPackage.RISK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case NinesPackage.RISK__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case NinesPackage.RISK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NinesPackage.RISK__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case NinesPackage.RISK__AFFECTED_COMPONENTS:
				getAffectedComponents().clear();
				return;
			case NinesPackage.RISK__AFFECTED_SITES:
				getAffectedSites().clear();
				return;
			case NinesPackage.RISK__LIKELIHOOD_PER_YEAR:
				setLikelihoodPerYear(LIKELIHOOD_PER_YEAR_EDEFAULT);
				return;
			case NinesPackage.RISK__OUTAGE_HOURS:
				setOutageHours(OUTAGE_HOURS_EDEFAULT);
				return;
			case NinesPackage.RISK__MITIGATION:
				setMitigation(MITIGATION_EDEFAULT);
				return;
			case NinesPackage.RISK__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case NinesPackage.RISK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NinesPackage.RISK__RESIDUAL_LIKELIHOOD_PER_YEAR:
				setResidualLikelihoodPerYear(RESIDUAL_LIKELIHOOD_PER_YEAR_EDEFAULT);
				return;
			case NinesPackage.RISK__RESIDUAL_OUTAGE_HOURS:
				setResidualOutageHours(RESIDUAL_OUTAGE_HOURS_EDEFAULT);
				return;
			case NinesPackage.RISK__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case NinesPackage.RISK__DERIVED:
				setDerived(DERIVED_EDEFAULT);
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
			case NinesPackage.RISK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case NinesPackage.RISK__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case NinesPackage.RISK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NinesPackage.RISK__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case NinesPackage.RISK__AFFECTED_COMPONENTS:
				return affectedComponents != null && !affectedComponents.isEmpty();
			case NinesPackage.RISK__AFFECTED_SITES:
				return affectedSites != null && !affectedSites.isEmpty();
			case NinesPackage.RISK__LIKELIHOOD_PER_YEAR:
				return likelihoodPerYear != LIKELIHOOD_PER_YEAR_EDEFAULT;
			case NinesPackage.RISK__OUTAGE_HOURS:
				return outageHours != OUTAGE_HOURS_EDEFAULT;
			case NinesPackage.RISK__MITIGATION:
				return MITIGATION_EDEFAULT == null ? mitigation != null : !MITIGATION_EDEFAULT.equals(mitigation);
			case NinesPackage.RISK__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case NinesPackage.RISK__STATUS:
				return status != STATUS_EDEFAULT;
			case NinesPackage.RISK__RESIDUAL_LIKELIHOOD_PER_YEAR:
				return residualLikelihoodPerYear != RESIDUAL_LIKELIHOOD_PER_YEAR_EDEFAULT;
			case NinesPackage.RISK__RESIDUAL_OUTAGE_HOURS:
				return residualOutageHours != RESIDUAL_OUTAGE_HOURS_EDEFAULT;
			case NinesPackage.RISK__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case NinesPackage.RISK__DERIVED:
				return derived != DERIVED_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", category: ");
		result.append(category);
		result.append(", description: ");
		result.append(description);
		result.append(", cause: ");
		result.append(cause);
		result.append(", likelihoodPerYear: ");
		result.append(likelihoodPerYear);
		result.append(", outageHours: ");
		result.append(outageHours);
		result.append(", mitigation: ");
		result.append(mitigation);
		result.append(", owner: ");
		result.append(owner);
		result.append(", status: ");
		result.append(status);
		result.append(", residualLikelihoodPerYear: ");
		result.append(residualLikelihoodPerYear);
		result.append(", residualOutageHours: ");
		result.append(residualOutageHours);
		result.append(", notes: ");
		result.append(notes);
		result.append(", derived: ");
		result.append(derived);
		result.append(')');
		return result.toString();
	}

} //RiskImpl
