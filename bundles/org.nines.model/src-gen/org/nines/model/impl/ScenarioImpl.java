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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nines.model.Change;
import org.nines.model.NinesPackage;
import org.nines.model.Scenario;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nines.model.impl.ScenarioImpl#getExtraCapex <em>Extra Capex</em>}</li>
 *   <li>{@link org.nines.model.impl.ScenarioImpl#getExtraOpexPerYear <em>Extra Opex Per Year</em>}</li>
 *   <li>{@link org.nines.model.impl.ScenarioImpl#getChanges <em>Changes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends ElementImpl implements Scenario {
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
	 * The default value of the '{@link #getExtraCapex() <em>Extra Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraCapex()
	 * @generated
	 * @ordered
	 */
	protected static final double EXTRA_CAPEX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExtraCapex() <em>Extra Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraCapex()
	 * @generated
	 * @ordered
	 */
	protected double extraCapex = EXTRA_CAPEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtraOpexPerYear() <em>Extra Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraOpexPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double EXTRA_OPEX_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExtraOpexPerYear() <em>Extra Opex Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraOpexPerYear()
	 * @generated
	 * @ordered
	 */
	protected double extraOpexPerYear = EXTRA_OPEX_PER_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChanges() <em>Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<Change> changes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.SCENARIO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExtraCapex() {
		return extraCapex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraCapex(double newExtraCapex) {
		double oldExtraCapex = extraCapex;
		extraCapex = newExtraCapex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SCENARIO__EXTRA_CAPEX, oldExtraCapex, extraCapex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExtraOpexPerYear() {
		return extraOpexPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraOpexPerYear(double newExtraOpexPerYear) {
		double oldExtraOpexPerYear = extraOpexPerYear;
		extraOpexPerYear = newExtraOpexPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SCENARIO__EXTRA_OPEX_PER_YEAR, oldExtraOpexPerYear, extraOpexPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Change> getChanges() {
		if (changes == null) {
			changes = new EObjectContainmentEList<Change>(Change.class, this, NinesPackage.SCENARIO__CHANGES);
		}
		return changes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NinesPackage.SCENARIO__CHANGES:
				return ((InternalEList<?>)getChanges()).basicRemove(otherEnd, msgs);
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
			case NinesPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case NinesPackage.SCENARIO__EXTRA_CAPEX:
				return getExtraCapex();
			case NinesPackage.SCENARIO__EXTRA_OPEX_PER_YEAR:
				return getExtraOpexPerYear();
			case NinesPackage.SCENARIO__CHANGES:
				return getChanges();
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
			case NinesPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NinesPackage.SCENARIO__EXTRA_CAPEX:
				setExtraCapex((Double)newValue);
				return;
			case NinesPackage.SCENARIO__EXTRA_OPEX_PER_YEAR:
				setExtraOpexPerYear((Double)newValue);
				return;
			case NinesPackage.SCENARIO__CHANGES:
				getChanges().clear();
				getChanges().addAll((Collection<? extends Change>)newValue);
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
			case NinesPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NinesPackage.SCENARIO__EXTRA_CAPEX:
				setExtraCapex(EXTRA_CAPEX_EDEFAULT);
				return;
			case NinesPackage.SCENARIO__EXTRA_OPEX_PER_YEAR:
				setExtraOpexPerYear(EXTRA_OPEX_PER_YEAR_EDEFAULT);
				return;
			case NinesPackage.SCENARIO__CHANGES:
				getChanges().clear();
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
			case NinesPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NinesPackage.SCENARIO__EXTRA_CAPEX:
				return extraCapex != EXTRA_CAPEX_EDEFAULT;
			case NinesPackage.SCENARIO__EXTRA_OPEX_PER_YEAR:
				return extraOpexPerYear != EXTRA_OPEX_PER_YEAR_EDEFAULT;
			case NinesPackage.SCENARIO__CHANGES:
				return changes != null && !changes.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(", extraCapex: ");
		result.append(extraCapex);
		result.append(", extraOpexPerYear: ");
		result.append(extraOpexPerYear);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
