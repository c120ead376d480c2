/**
 */
package org.nines.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Component Parameter</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A component parameter a scenario can override.
 * <!-- end-model-doc -->
 * @see org.nines.model.NinesPackage#getComponentParameter()
 * @model
 * @generated
 */
public enum ComponentParameter implements Enumerator {
	/**
	 * The '<em><b>MTBF HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MTBF_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	MTBF_HOURS(0, "MTBF_HOURS", "MTBF_HOURS"),

	/**
	 * The '<em><b>MTTR HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MTTR_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	MTTR_HOURS(1, "MTTR_HOURS", "MTTR_HOURS"),

	/**
	 * The '<em><b>FAILURE PROBABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILURE_PROBABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	FAILURE_PROBABILITY(2, "FAILURE_PROBABILITY", "FAILURE_PROBABILITY"),

	/**
	 * The '<em><b>WEIBULL SHAPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIBULL_SHAPE_VALUE
	 * @generated
	 * @ordered
	 */
	WEIBULL_SHAPE(3, "WEIBULL_SHAPE", "WEIBULL_SHAPE"),

	/**
	 * The '<em><b>WEIBULL SCALE HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIBULL_SCALE_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	WEIBULL_SCALE_HOURS(4, "WEIBULL_SCALE_HOURS", "WEIBULL_SCALE_HOURS"),

	/**
	 * The '<em><b>CAPEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPEX_VALUE
	 * @generated
	 * @ordered
	 */
	CAPEX(5, "CAPEX", "CAPEX"),

	/**
	 * The '<em><b>OPEX PER YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEX_PER_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	OPEX_PER_YEAR(6, "OPEX_PER_YEAR", "OPEX_PER_YEAR"),

	/**
	 * The '<em><b>SERVICE LIFE YEARS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_LIFE_YEARS_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_LIFE_YEARS(7, "SERVICE_LIFE_YEARS", "SERVICE_LIFE_YEARS");

	/**
	 * The '<em><b>MTBF HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MTBF_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MTBF_HOURS_VALUE = 0;

	/**
	 * The '<em><b>MTTR HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MTTR_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MTTR_HOURS_VALUE = 1;

	/**
	 * The '<em><b>FAILURE PROBABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILURE_PROBABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAILURE_PROBABILITY_VALUE = 2;

	/**
	 * The '<em><b>WEIBULL SHAPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIBULL_SHAPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEIBULL_SHAPE_VALUE = 3;

	/**
	 * The '<em><b>WEIBULL SCALE HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIBULL_SCALE_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEIBULL_SCALE_HOURS_VALUE = 4;

	/**
	 * The '<em><b>CAPEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAPEX_VALUE = 5;

	/**
	 * The '<em><b>OPEX PER YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEX_PER_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEX_PER_YEAR_VALUE = 6;

	/**
	 * The '<em><b>SERVICE LIFE YEARS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_LIFE_YEARS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_LIFE_YEARS_VALUE = 7;

	/**
	 * An array of all the '<em><b>Component Parameter</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComponentParameter[] VALUES_ARRAY =
		new ComponentParameter[] {
			MTBF_HOURS,
			MTTR_HOURS,
			FAILURE_PROBABILITY,
			WEIBULL_SHAPE,
			WEIBULL_SCALE_HOURS,
			CAPEX,
			OPEX_PER_YEAR,
			SERVICE_LIFE_YEARS,
		};

	/**
	 * A public read-only list of all the '<em><b>Component Parameter</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComponentParameter> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Component Parameter</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentParameter get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentParameter result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Parameter</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentParameter getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentParameter result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Parameter</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentParameter get(int value) {
		switch (value) {
			case MTBF_HOURS_VALUE: return MTBF_HOURS;
			case MTTR_HOURS_VALUE: return MTTR_HOURS;
			case FAILURE_PROBABILITY_VALUE: return FAILURE_PROBABILITY;
			case WEIBULL_SHAPE_VALUE: return WEIBULL_SHAPE;
			case WEIBULL_SCALE_HOURS_VALUE: return WEIBULL_SCALE_HOURS;
			case CAPEX_VALUE: return CAPEX;
			case OPEX_PER_YEAR_VALUE: return OPEX_PER_YEAR;
			case SERVICE_LIFE_YEARS_VALUE: return SERVICE_LIFE_YEARS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ComponentParameter(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ComponentParameter
