/**
 */
package org.nines.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.nines.model.ComponentKind;
import org.nines.model.NinesPackage;
import org.nines.model.SparePool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spare Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.impl.SparePoolImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nines.model.impl.SparePoolImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.nines.model.impl.SparePoolImpl#getRestockHours <em>Restock Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SparePoolImpl extends MinimalEObjectImpl.Container implements SparePool {
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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestockHours() <em>Restock Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestockHours()
	 * @generated
	 * @ordered
	 */
	protected static final double RESTOCK_HOURS_EDEFAULT = 72.0;

	/**
	 * The cached value of the '{@link #getRestockHours() <em>Restock Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestockHours()
	 * @generated
	 * @ordered
	 */
	protected double restockHours = RESTOCK_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SparePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NinesPackage.Literals.SPARE_POOL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SPARE_POOL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SPARE_POOL__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRestockHours() {
		return restockHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestockHours(double newRestockHours) {
		double oldRestockHours = restockHours;
		restockHours = newRestockHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NinesPackage.SPARE_POOL__RESTOCK_HOURS, oldRestockHours, restockHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NinesPackage.SPARE_POOL__KIND:
				return getKind();
			case NinesPackage.SPARE_POOL__COUNT:
				return getCount();
			case NinesPackage.SPARE_POOL__RESTOCK_HOURS:
				return getRestockHours();
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
			case NinesPackage.SPARE_POOL__KIND:
				setKind((ComponentKind)newValue);
				return;
			case NinesPackage.SPARE_POOL__COUNT:
				setCount((Integer)newValue);
				return;
			case NinesPackage.SPARE_POOL__RESTOCK_HOURS:
				setRestockHours((Double)newValue);
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
			case NinesPackage.SPARE_POOL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NinesPackage.SPARE_POOL__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case NinesPackage.SPARE_POOL__RESTOCK_HOURS:
				setRestockHours(RESTOCK_HOURS_EDEFAULT);
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
			case NinesPackage.SPARE_POOL__KIND:
				return kind != KIND_EDEFAULT;
			case NinesPackage.SPARE_POOL__COUNT:
				return count != COUNT_EDEFAULT;
			case NinesPackage.SPARE_POOL__RESTOCK_HOURS:
				return restockHours != RESTOCK_HOURS_EDEFAULT;
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
		result.append(", count: ");
		result.append(count);
		result.append(", restockHours: ");
		result.append(restockHours);
		result.append(')');
		return result.toString();
	}

} //SparePoolImpl
