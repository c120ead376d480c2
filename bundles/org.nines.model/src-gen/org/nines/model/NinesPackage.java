/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Nines model: a system's components, reliability block diagrams, common-cause groups, risk register and what-if scenarios. Times in hours, rates per hour, money in the model currency.
 * <!-- end-model-doc -->
 * @see org.nines.model.NinesFactory
 * @model kind="package"
 * @generated
 */
public interface NinesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://nines.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nines";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NinesPackage eINSTANCE = org.nines.model.impl.NinesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ElementImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.SystemModelImpl <em>System Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.SystemModelImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getSystemModel()
	 * @generated
	 */
	int SYSTEM_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__CURRENCY = 2;

	/**
	 * The feature id for the '<em><b>Downtime Cost Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR = 3;

	/**
	 * The feature id for the '<em><b>Mission Time Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__MISSION_TIME_HOURS = 4;

	/**
	 * The feature id for the '<em><b>Analysis Period Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS = 5;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SCHEMA_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Repair Crews</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__REPAIR_CREWS = 7;

	/**
	 * The feature id for the '<em><b>Crew Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__CREW_POLICY = 8;

	/**
	 * The feature id for the '<em><b>Logistic Delay Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__LOGISTIC_DELAY_HOURS = 9;

	/**
	 * The feature id for the '<em><b>No Ageing While System Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN = 10;

	/**
	 * The feature id for the '<em><b>Likelihood Thresholds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS = 11;

	/**
	 * The feature id for the '<em><b>Impact Thresholds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__IMPACT_THRESHOLDS = 12;

	/**
	 * The feature id for the '<em><b>Max Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__MAX_WEIGHT_KG = 13;

	/**
	 * The feature id for the '<em><b>Max Rack Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__MAX_RACK_UNITS = 14;

	/**
	 * The feature id for the '<em><b>Max Power Watts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__MAX_POWER_WATTS = 15;

	/**
	 * The feature id for the '<em><b>Top Diagram</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__TOP_DIAGRAM = 16;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SITES = 17;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__COMPONENTS = 18;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__DIAGRAMS = 19;

	/**
	 * The feature id for the '<em><b>Common Cause Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__COMMON_CAUSE_GROUPS = 20;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__RISKS = 21;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SCENARIOS = 22;

	/**
	 * The feature id for the '<em><b>Spare Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SPARE_POOLS = 23;

	/**
	 * The feature id for the '<em><b>Optimization Subsystems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS = 24;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__REPLICATIONS = 25;

	/**
	 * The number of structural features of the '<em>System Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>System Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.SiteImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LOCATION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Repair Crews</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REPAIR_CREWS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Travel Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TRAVEL_HOURS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ComponentImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__SITE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__TAGS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NOTES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Failure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__FAILURE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Repair</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__REPAIR = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Capex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CAPEX = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Opex Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__OPEX_PER_YEAR = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Service Life Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__SERVICE_LIFE_YEARS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Repair Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__REPAIR_PRIORITY = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__WEIGHT_KG = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Rack Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__RACK_UNITS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Power Watts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__POWER_WATTS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.FailureModelImpl <em>Failure Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.FailureModelImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getFailureModel()
	 * @generated
	 */
	int FAILURE_MODEL = 4;

	/**
	 * The number of structural features of the '<em>Failure Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_MODEL_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Failure Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ExponentialFailureImpl <em>Exponential Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ExponentialFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getExponentialFailure()
	 * @generated
	 */
	int EXPONENTIAL_FAILURE = 5;

	/**
	 * The feature id for the '<em><b>Mtbf Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_FAILURE__MTBF_HOURS = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Exponential Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Exponential Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.WeibullFailureImpl <em>Weibull Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.WeibullFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getWeibullFailure()
	 * @generated
	 */
	int WEIBULL_FAILURE = 6;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIBULL_FAILURE__SHAPE = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIBULL_FAILURE__SCALE_HOURS = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIBULL_FAILURE__LOCATION_HOURS = FAILURE_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Weibull Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIBULL_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Weibull Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIBULL_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.LognormalFailureImpl <em>Lognormal Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.LognormalFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getLognormalFailure()
	 * @generated
	 */
	int LOGNORMAL_FAILURE = 7;

	/**
	 * The feature id for the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_FAILURE__MEAN_HOURS = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_FAILURE__SIGMA = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Lognormal Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Lognormal Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.NormalFailureImpl <em>Normal Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.NormalFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getNormalFailure()
	 * @generated
	 */
	int NORMAL_FAILURE = 8;

	/**
	 * The feature id for the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_FAILURE__MEAN_HOURS = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sd Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_FAILURE__SD_HOURS = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Normal Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Normal Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.UniformFailureImpl <em>Uniform Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.UniformFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getUniformFailure()
	 * @generated
	 */
	int UNIFORM_FAILURE = 9;

	/**
	 * The feature id for the '<em><b>Min Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_FAILURE__MIN_HOURS = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_FAILURE__MAX_HOURS = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uniform Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uniform Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.FixedProbabilityFailureImpl <em>Fixed Probability Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.FixedProbabilityFailureImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getFixedProbabilityFailure()
	 * @generated
	 */
	int FIXED_PROBABILITY_FAILURE = 10;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_FAILURE__PROBABILITY = FAILURE_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Probability Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_FAILURE_FEATURE_COUNT = FAILURE_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Probability Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_FAILURE_OPERATION_COUNT = FAILURE_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.RepairModelImpl <em>Repair Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.RepairModelImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getRepairModel()
	 * @generated
	 */
	int REPAIR_MODEL = 11;

	/**
	 * The number of structural features of the '<em>Repair Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_MODEL_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Repair Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ExponentialRepairImpl <em>Exponential Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ExponentialRepairImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getExponentialRepair()
	 * @generated
	 */
	int EXPONENTIAL_REPAIR = 12;

	/**
	 * The feature id for the '<em><b>Mttr Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_REPAIR__MTTR_HOURS = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Exponential Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_REPAIR_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Exponential Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_REPAIR_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.LognormalRepairImpl <em>Lognormal Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.LognormalRepairImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getLognormalRepair()
	 * @generated
	 */
	int LOGNORMAL_REPAIR = 13;

	/**
	 * The feature id for the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_REPAIR__MEAN_HOURS = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_REPAIR__SIGMA = REPAIR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Lognormal Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_REPAIR_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Lognormal Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGNORMAL_REPAIR_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.NormalRepairImpl <em>Normal Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.NormalRepairImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getNormalRepair()
	 * @generated
	 */
	int NORMAL_REPAIR = 14;

	/**
	 * The feature id for the '<em><b>Mean Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_REPAIR__MEAN_HOURS = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sd Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_REPAIR__SD_HOURS = REPAIR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Normal Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_REPAIR_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Normal Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_REPAIR_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.UniformRepairImpl <em>Uniform Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.UniformRepairImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getUniformRepair()
	 * @generated
	 */
	int UNIFORM_REPAIR = 15;

	/**
	 * The feature id for the '<em><b>Min Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_REPAIR__MIN_HOURS = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_REPAIR__MAX_HOURS = REPAIR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uniform Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_REPAIR_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uniform Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_REPAIR_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.FixedRepairImpl <em>Fixed Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.FixedRepairImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getFixedRepair()
	 * @generated
	 */
	int FIXED_REPAIR = 16;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_REPAIR__HOURS = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_REPAIR_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_REPAIR_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.NonRepairableImpl <em>Non Repairable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.NonRepairableImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getNonRepairable()
	 * @generated
	 */
	int NON_REPAIRABLE = 17;

	/**
	 * The number of structural features of the '<em>Non Repairable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_REPAIRABLE_FEATURE_COUNT = REPAIR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Non Repairable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NON_REPAIRABLE_OPERATION_COUNT = REPAIR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.DiagramImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rto Target Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__RTO_TARGET_HOURS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rpo Target Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__RPO_TARGET_HOURS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Tolerable Outage Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Connectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__CONNECTORS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.BoundsImpl <em>Bounds</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.BoundsImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getBounds()
	 * @generated
	 */
	int BOUNDS = 19;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__Y = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__HEIGHT = 3;

	/**
	 * The number of structural features of the '<em>Bounds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Bounds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.BendPointImpl <em>Bend Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.BendPointImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getBendPoint()
	 * @generated
	 */
	int BEND_POINT = 20;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bend Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bend Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.DiagramElementImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getDiagramElement()
	 * @generated
	 */
	int DIAGRAM_ELEMENT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__ENABLED = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.DiagramNodeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getDiagramNode()
	 * @generated
	 */
	int DIAGRAM_NODE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ENABLED = DIAGRAM_ELEMENT__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__BOUNDS = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.StartImpl <em>Start</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.StartImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getStart()
	 * @generated
	 */
	int START = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The number of structural features of the '<em>Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int START_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.EndImpl <em>End</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.EndImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getEnd()
	 * @generated
	 */
	int END = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The number of structural features of the '<em>End</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>End</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.BlockImpl <em>Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.BlockImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getBlock()
	 * @generated
	 */
	int BLOCK = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__COMPONENT = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.KofNImpl <em>Kof N</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.KofNImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getKofN()
	 * @generated
	 */
	int KOF_N = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N__K = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Kof N</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Kof N</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_N_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.SubDiagramBlockImpl <em>Sub Diagram Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.SubDiagramBlockImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getSubDiagramBlock()
	 * @generated
	 */
	int SUB_DIAGRAM_BLOCK = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The feature id for the '<em><b>Diagram</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK__DIAGRAM = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sub Diagram Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Sub Diagram Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_DIAGRAM_BLOCK_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.StandbyGroupImpl <em>Standby Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.StandbyGroupImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getStandbyGroup()
	 * @generated
	 */
	int STANDBY_GROUP = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__ID = DIAGRAM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__NAME = DIAGRAM_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__ENABLED = DIAGRAM_NODE__ENABLED;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__BOUNDS = DIAGRAM_NODE__BOUNDS;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__MEMBERS = DIAGRAM_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__MODE = DIAGRAM_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dormant Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__DORMANT_FACTOR = DIAGRAM_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Switchover Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__SWITCHOVER_HOURS = DIAGRAM_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Switch Failure Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY = DIAGRAM_NODE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Standby Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP_FEATURE_COUNT = DIAGRAM_NODE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Standby Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_GROUP_OPERATION_COUNT = DIAGRAM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ConnectorImpl <em>Connector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ConnectorImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getConnector()
	 * @generated
	 */
	int CONNECTOR = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__ID = DIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__ENABLED = DIAGRAM_ELEMENT__ENABLED;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__SOURCE = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__TARGET = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bend Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__BEND_POINTS = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Connector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Connector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.CommonCauseGroupImpl <em>Common Cause Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.CommonCauseGroupImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getCommonCauseGroup()
	 * @generated
	 */
	int COMMON_CAUSE_GROUP = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP__MEMBERS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP__BETA = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Common Cause Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Common Cause Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_GROUP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.RiskImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__TITLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CATEGORY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CAUSE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Affected Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__AFFECTED_COMPONENTS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Affected Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__AFFECTED_SITES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Likelihood Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD_PER_YEAR = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outage Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OUTAGE_HOURS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__STATUS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Residual Likelihood Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__RESIDUAL_LIKELIHOOD_PER_YEAR = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Residual Outage Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__RESIDUAL_OUTAGE_HOURS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__NOTES = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Derived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DERIVED = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.SparePoolImpl <em>Spare Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.SparePoolImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getSparePool()
	 * @generated
	 */
	int SPARE_POOL = 32;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POOL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POOL__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Restock Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POOL__RESTOCK_HOURS = 2;

	/**
	 * The number of structural features of the '<em>Spare Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POOL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Spare Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_POOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.OptimizationSubsystemImpl <em>Optimization Subsystem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.OptimizationSubsystemImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getOptimizationSubsystem()
	 * @generated
	 */
	int OPTIMIZATION_SUBSYSTEM = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM__BLOCK = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM__OPTIONS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Optimization Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Optimization Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZATION_SUBSYSTEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.DesignOptionImpl <em>Design Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.DesignOptionImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getDesignOption()
	 * @generated
	 */
	int DESIGN_OPTION = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__COMPONENT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__MIN_UNITS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__MAX_UNITS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Required Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__REQUIRED_UNITS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__MODE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Switchover Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__SWITCHOVER_HOURS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Switch Failure Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Design Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Design Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.DataReplicationImpl <em>Data Replication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.DataReplicationImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getDataReplication()
	 * @generated
	 */
	int DATA_REPLICATION = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__PRIMARY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Replica</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__REPLICA = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__MODE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lag Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__LAG_HOURS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interval Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__INTERVAL_HOURS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Restore Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__RESTORE_HOURS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Failover Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION__FAILOVER_HOURS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Data Replication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Data Replication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REPLICATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ScenarioImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Extra Capex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXTRA_CAPEX = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Extra Opex Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXTRA_OPEX_PER_YEAR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CHANGES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ChangeImpl <em>Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getChange()
	 * @generated
	 */
	int CHANGE = 37;

	/**
	 * The number of structural features of the '<em>Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.ParameterChangeImpl <em>Parameter Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.ParameterChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getParameterChange()
	 * @generated
	 */
	int PARAMETER_CHANGE = 38;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHANGE__COMPONENT = CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHANGE__PARAMETER = CHANGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHANGE__VALUE = CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Parameter Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHANGE_FEATURE_COUNT = CHANGE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Parameter Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHANGE_OPERATION_COUNT = CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.EnablementChangeImpl <em>Enablement Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.EnablementChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getEnablementChange()
	 * @generated
	 */
	int ENABLEMENT_CHANGE = 39;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLEMENT_CHANGE__ELEMENT = CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLEMENT_CHANGE__ENABLED = CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Enablement Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLEMENT_CHANGE_FEATURE_COUNT = CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Enablement Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLEMENT_CHANGE_OPERATION_COUNT = CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.KofNChangeImpl <em>Kof NChange</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.KofNChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getKofNChange()
	 * @generated
	 */
	int KOF_NCHANGE = 40;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_NCHANGE__NODE = CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_NCHANGE__K = CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Kof NChange</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_NCHANGE_FEATURE_COUNT = CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Kof NChange</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOF_NCHANGE_OPERATION_COUNT = CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.StandbyChangeImpl <em>Standby Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.StandbyChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getStandbyChange()
	 * @generated
	 */
	int STANDBY_CHANGE = 41;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE__GROUP = CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE__MODE = CHANGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Switchover Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE__SWITCHOVER_HOURS = CHANGE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Switch Failure Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY = CHANGE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Standby Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE_FEATURE_COUNT = CHANGE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Standby Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDBY_CHANGE_OPERATION_COUNT = CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.impl.CommonCauseChangeImpl <em>Common Cause Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.impl.CommonCauseChangeImpl
	 * @see org.nines.model.impl.NinesPackageImpl#getCommonCauseChange()
	 * @generated
	 */
	int COMMON_CAUSE_CHANGE = 42;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_CHANGE__GROUP = CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_CHANGE__BETA = CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Common Cause Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_CHANGE_FEATURE_COUNT = CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Common Cause Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMON_CAUSE_CHANGE_OPERATION_COUNT = CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nines.model.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.ComponentKind
	 * @see org.nines.model.impl.NinesPackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 43;

	/**
	 * The meta object id for the '{@link org.nines.model.StandbyMode <em>Standby Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.StandbyMode
	 * @see org.nines.model.impl.NinesPackageImpl#getStandbyMode()
	 * @generated
	 */
	int STANDBY_MODE = 44;

	/**
	 * The meta object id for the '{@link org.nines.model.RiskCategory <em>Risk Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.RiskCategory
	 * @see org.nines.model.impl.NinesPackageImpl#getRiskCategory()
	 * @generated
	 */
	int RISK_CATEGORY = 45;

	/**
	 * The meta object id for the '{@link org.nines.model.RiskStatus <em>Risk Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.RiskStatus
	 * @see org.nines.model.impl.NinesPackageImpl#getRiskStatus()
	 * @generated
	 */
	int RISK_STATUS = 46;

	/**
	 * The meta object id for the '{@link org.nines.model.CrewPolicy <em>Crew Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.CrewPolicy
	 * @see org.nines.model.impl.NinesPackageImpl#getCrewPolicy()
	 * @generated
	 */
	int CREW_POLICY = 47;

	/**
	 * The meta object id for the '{@link org.nines.model.RedundancyMode <em>Redundancy Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.RedundancyMode
	 * @see org.nines.model.impl.NinesPackageImpl#getRedundancyMode()
	 * @generated
	 */
	int REDUNDANCY_MODE = 48;

	/**
	 * The meta object id for the '{@link org.nines.model.ReplicationMode <em>Replication Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.ReplicationMode
	 * @see org.nines.model.impl.NinesPackageImpl#getReplicationMode()
	 * @generated
	 */
	int REPLICATION_MODE = 49;

	/**
	 * The meta object id for the '{@link org.nines.model.ComponentParameter <em>Component Parameter</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nines.model.ComponentParameter
	 * @see org.nines.model.impl.NinesPackageImpl#getComponentParameter()
	 * @generated
	 */
	int COMPONENT_PARAMETER = 50;


	/**
	 * Returns the meta object for class '{@link org.nines.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.nines.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.nines.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nines.model.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for class '{@link org.nines.model.SystemModel <em>System Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Model</em>'.
	 * @see org.nines.model.SystemModel
	 * @generated
	 */
	EClass getSystemModel();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.nines.model.SystemModel#getName()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nines.model.SystemModel#getDescription()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.nines.model.SystemModel#getCurrency()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getDowntimeCostPerHour <em>Downtime Cost Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Downtime Cost Per Hour</em>'.
	 * @see org.nines.model.SystemModel#getDowntimeCostPerHour()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_DowntimeCostPerHour();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getMissionTimeHours <em>Mission Time Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mission Time Hours</em>'.
	 * @see org.nines.model.SystemModel#getMissionTimeHours()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_MissionTimeHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getAnalysisPeriodHours <em>Analysis Period Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Period Hours</em>'.
	 * @see org.nines.model.SystemModel#getAnalysisPeriodHours()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_AnalysisPeriodHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.nines.model.SystemModel#getSchemaVersion()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getRepairCrews <em>Repair Crews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repair Crews</em>'.
	 * @see org.nines.model.SystemModel#getRepairCrews()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_RepairCrews();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getCrewPolicy <em>Crew Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crew Policy</em>'.
	 * @see org.nines.model.SystemModel#getCrewPolicy()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_CrewPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getLogisticDelayHours <em>Logistic Delay Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logistic Delay Hours</em>'.
	 * @see org.nines.model.SystemModel#getLogisticDelayHours()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_LogisticDelayHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#isNoAgeingWhileSystemDown <em>No Ageing While System Down</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Ageing While System Down</em>'.
	 * @see org.nines.model.SystemModel#isNoAgeingWhileSystemDown()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_NoAgeingWhileSystemDown();

	/**
	 * Returns the meta object for the attribute list '{@link org.nines.model.SystemModel#getLikelihoodThresholds <em>Likelihood Thresholds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Likelihood Thresholds</em>'.
	 * @see org.nines.model.SystemModel#getLikelihoodThresholds()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_LikelihoodThresholds();

	/**
	 * Returns the meta object for the attribute list '{@link org.nines.model.SystemModel#getImpactThresholds <em>Impact Thresholds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Impact Thresholds</em>'.
	 * @see org.nines.model.SystemModel#getImpactThresholds()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_ImpactThresholds();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getMaxWeightKg <em>Max Weight Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Weight Kg</em>'.
	 * @see org.nines.model.SystemModel#getMaxWeightKg()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_MaxWeightKg();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getMaxRackUnits <em>Max Rack Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rack Units</em>'.
	 * @see org.nines.model.SystemModel#getMaxRackUnits()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_MaxRackUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SystemModel#getMaxPowerWatts <em>Max Power Watts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Power Watts</em>'.
	 * @see org.nines.model.SystemModel#getMaxPowerWatts()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_MaxPowerWatts();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.SystemModel#getTopDiagram <em>Top Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Top Diagram</em>'.
	 * @see org.nines.model.SystemModel#getTopDiagram()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_TopDiagram();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.nines.model.SystemModel#getSites()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.nines.model.SystemModel#getComponents()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.nines.model.SystemModel#getDiagrams()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Diagrams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getCommonCauseGroups <em>Common Cause Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Common Cause Groups</em>'.
	 * @see org.nines.model.SystemModel#getCommonCauseGroups()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_CommonCauseGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.nines.model.SystemModel#getRisks()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Risks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.nines.model.SystemModel#getScenarios()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getSparePools <em>Spare Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spare Pools</em>'.
	 * @see org.nines.model.SystemModel#getSparePools()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_SparePools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getOptimizationSubsystems <em>Optimization Subsystems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Optimization Subsystems</em>'.
	 * @see org.nines.model.SystemModel#getOptimizationSubsystems()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_OptimizationSubsystems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.SystemModel#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Replications</em>'.
	 * @see org.nines.model.SystemModel#getReplications()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Replications();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.nines.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Site#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.nines.model.Site#getLocation()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Site#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nines.model.Site#getDescription()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Site#getRepairCrews <em>Repair Crews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repair Crews</em>'.
	 * @see org.nines.model.Site#getRepairCrews()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_RepairCrews();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Site#getTravelHours <em>Travel Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Travel Hours</em>'.
	 * @see org.nines.model.Site#getTravelHours()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_TravelHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.nines.model.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nines.model.Component#getKind()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.Component#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.nines.model.Component#getSite()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Site();

	/**
	 * Returns the meta object for the attribute list '{@link org.nines.model.Component#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.nines.model.Component#getTags()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.nines.model.Component#getNotes()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.nines.model.Component#getFailure <em>Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Failure</em>'.
	 * @see org.nines.model.Component#getFailure()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Failure();

	/**
	 * Returns the meta object for the containment reference '{@link org.nines.model.Component#getRepair <em>Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Repair</em>'.
	 * @see org.nines.model.Component#getRepair()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Repair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getCapex <em>Capex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capex</em>'.
	 * @see org.nines.model.Component#getCapex()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Capex();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getOpexPerYear <em>Opex Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opex Per Year</em>'.
	 * @see org.nines.model.Component#getOpexPerYear()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_OpexPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getServiceLifeYears <em>Service Life Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Life Years</em>'.
	 * @see org.nines.model.Component#getServiceLifeYears()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_ServiceLifeYears();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getRepairPriority <em>Repair Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repair Priority</em>'.
	 * @see org.nines.model.Component#getRepairPriority()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_RepairPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getWeightKg <em>Weight Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Kg</em>'.
	 * @see org.nines.model.Component#getWeightKg()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_WeightKg();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getRackUnits <em>Rack Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rack Units</em>'.
	 * @see org.nines.model.Component#getRackUnits()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_RackUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Component#getPowerWatts <em>Power Watts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power Watts</em>'.
	 * @see org.nines.model.Component#getPowerWatts()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_PowerWatts();

	/**
	 * Returns the meta object for class '{@link org.nines.model.FailureModel <em>Failure Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failure Model</em>'.
	 * @see org.nines.model.FailureModel
	 * @generated
	 */
	EClass getFailureModel();

	/**
	 * Returns the meta object for class '{@link org.nines.model.ExponentialFailure <em>Exponential Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exponential Failure</em>'.
	 * @see org.nines.model.ExponentialFailure
	 * @generated
	 */
	EClass getExponentialFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.ExponentialFailure#getMtbfHours <em>Mtbf Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtbf Hours</em>'.
	 * @see org.nines.model.ExponentialFailure#getMtbfHours()
	 * @see #getExponentialFailure()
	 * @generated
	 */
	EAttribute getExponentialFailure_MtbfHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.WeibullFailure <em>Weibull Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weibull Failure</em>'.
	 * @see org.nines.model.WeibullFailure
	 * @generated
	 */
	EClass getWeibullFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.WeibullFailure#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.nines.model.WeibullFailure#getShape()
	 * @see #getWeibullFailure()
	 * @generated
	 */
	EAttribute getWeibullFailure_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.WeibullFailure#getScaleHours <em>Scale Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Hours</em>'.
	 * @see org.nines.model.WeibullFailure#getScaleHours()
	 * @see #getWeibullFailure()
	 * @generated
	 */
	EAttribute getWeibullFailure_ScaleHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.WeibullFailure#getLocationHours <em>Location Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location Hours</em>'.
	 * @see org.nines.model.WeibullFailure#getLocationHours()
	 * @see #getWeibullFailure()
	 * @generated
	 */
	EAttribute getWeibullFailure_LocationHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.LognormalFailure <em>Lognormal Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lognormal Failure</em>'.
	 * @see org.nines.model.LognormalFailure
	 * @generated
	 */
	EClass getLognormalFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.LognormalFailure#getMeanHours <em>Mean Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Hours</em>'.
	 * @see org.nines.model.LognormalFailure#getMeanHours()
	 * @see #getLognormalFailure()
	 * @generated
	 */
	EAttribute getLognormalFailure_MeanHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.LognormalFailure#getSigma <em>Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigma</em>'.
	 * @see org.nines.model.LognormalFailure#getSigma()
	 * @see #getLognormalFailure()
	 * @generated
	 */
	EAttribute getLognormalFailure_Sigma();

	/**
	 * Returns the meta object for class '{@link org.nines.model.NormalFailure <em>Normal Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normal Failure</em>'.
	 * @see org.nines.model.NormalFailure
	 * @generated
	 */
	EClass getNormalFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.NormalFailure#getMeanHours <em>Mean Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Hours</em>'.
	 * @see org.nines.model.NormalFailure#getMeanHours()
	 * @see #getNormalFailure()
	 * @generated
	 */
	EAttribute getNormalFailure_MeanHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.NormalFailure#getSdHours <em>Sd Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sd Hours</em>'.
	 * @see org.nines.model.NormalFailure#getSdHours()
	 * @see #getNormalFailure()
	 * @generated
	 */
	EAttribute getNormalFailure_SdHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.UniformFailure <em>Uniform Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uniform Failure</em>'.
	 * @see org.nines.model.UniformFailure
	 * @generated
	 */
	EClass getUniformFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.UniformFailure#getMinHours <em>Min Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Hours</em>'.
	 * @see org.nines.model.UniformFailure#getMinHours()
	 * @see #getUniformFailure()
	 * @generated
	 */
	EAttribute getUniformFailure_MinHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.UniformFailure#getMaxHours <em>Max Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Hours</em>'.
	 * @see org.nines.model.UniformFailure#getMaxHours()
	 * @see #getUniformFailure()
	 * @generated
	 */
	EAttribute getUniformFailure_MaxHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.FixedProbabilityFailure <em>Fixed Probability Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Probability Failure</em>'.
	 * @see org.nines.model.FixedProbabilityFailure
	 * @generated
	 */
	EClass getFixedProbabilityFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.FixedProbabilityFailure#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.nines.model.FixedProbabilityFailure#getProbability()
	 * @see #getFixedProbabilityFailure()
	 * @generated
	 */
	EAttribute getFixedProbabilityFailure_Probability();

	/**
	 * Returns the meta object for class '{@link org.nines.model.RepairModel <em>Repair Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repair Model</em>'.
	 * @see org.nines.model.RepairModel
	 * @generated
	 */
	EClass getRepairModel();

	/**
	 * Returns the meta object for class '{@link org.nines.model.ExponentialRepair <em>Exponential Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exponential Repair</em>'.
	 * @see org.nines.model.ExponentialRepair
	 * @generated
	 */
	EClass getExponentialRepair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.ExponentialRepair#getMttrHours <em>Mttr Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mttr Hours</em>'.
	 * @see org.nines.model.ExponentialRepair#getMttrHours()
	 * @see #getExponentialRepair()
	 * @generated
	 */
	EAttribute getExponentialRepair_MttrHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.LognormalRepair <em>Lognormal Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lognormal Repair</em>'.
	 * @see org.nines.model.LognormalRepair
	 * @generated
	 */
	EClass getLognormalRepair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.LognormalRepair#getMeanHours <em>Mean Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Hours</em>'.
	 * @see org.nines.model.LognormalRepair#getMeanHours()
	 * @see #getLognormalRepair()
	 * @generated
	 */
	EAttribute getLognormalRepair_MeanHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.LognormalRepair#getSigma <em>Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigma</em>'.
	 * @see org.nines.model.LognormalRepair#getSigma()
	 * @see #getLognormalRepair()
	 * @generated
	 */
	EAttribute getLognormalRepair_Sigma();

	/**
	 * Returns the meta object for class '{@link org.nines.model.NormalRepair <em>Normal Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normal Repair</em>'.
	 * @see org.nines.model.NormalRepair
	 * @generated
	 */
	EClass getNormalRepair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.NormalRepair#getMeanHours <em>Mean Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Hours</em>'.
	 * @see org.nines.model.NormalRepair#getMeanHours()
	 * @see #getNormalRepair()
	 * @generated
	 */
	EAttribute getNormalRepair_MeanHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.NormalRepair#getSdHours <em>Sd Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sd Hours</em>'.
	 * @see org.nines.model.NormalRepair#getSdHours()
	 * @see #getNormalRepair()
	 * @generated
	 */
	EAttribute getNormalRepair_SdHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.UniformRepair <em>Uniform Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uniform Repair</em>'.
	 * @see org.nines.model.UniformRepair
	 * @generated
	 */
	EClass getUniformRepair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.UniformRepair#getMinHours <em>Min Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Hours</em>'.
	 * @see org.nines.model.UniformRepair#getMinHours()
	 * @see #getUniformRepair()
	 * @generated
	 */
	EAttribute getUniformRepair_MinHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.UniformRepair#getMaxHours <em>Max Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Hours</em>'.
	 * @see org.nines.model.UniformRepair#getMaxHours()
	 * @see #getUniformRepair()
	 * @generated
	 */
	EAttribute getUniformRepair_MaxHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.FixedRepair <em>Fixed Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Repair</em>'.
	 * @see org.nines.model.FixedRepair
	 * @generated
	 */
	EClass getFixedRepair();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.FixedRepair#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.nines.model.FixedRepair#getHours()
	 * @see #getFixedRepair()
	 * @generated
	 */
	EAttribute getFixedRepair_Hours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.NonRepairable <em>Non Repairable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Non Repairable</em>'.
	 * @see org.nines.model.NonRepairable
	 * @generated
	 */
	EClass getNonRepairable();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.nines.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Diagram#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nines.model.Diagram#getDescription()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.nines.model.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Diagram#getRtoTargetHours <em>Rto Target Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rto Target Hours</em>'.
	 * @see org.nines.model.Diagram#getRtoTargetHours()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_RtoTargetHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Diagram#getRpoTargetHours <em>Rpo Target Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rpo Target Hours</em>'.
	 * @see org.nines.model.Diagram#getRpoTargetHours()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_RpoTargetHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Diagram#getMaxTolerableOutageHours <em>Max Tolerable Outage Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Tolerable Outage Hours</em>'.
	 * @see org.nines.model.Diagram#getMaxTolerableOutageHours()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_MaxTolerableOutageHours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.Diagram#getConnectors <em>Connectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connectors</em>'.
	 * @see org.nines.model.Diagram#getConnectors()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Connectors();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Bounds <em>Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bounds</em>'.
	 * @see org.nines.model.Bounds
	 * @generated
	 */
	EClass getBounds();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Bounds#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.nines.model.Bounds#getX()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_X();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Bounds#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.nines.model.Bounds#getY()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Bounds#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.nines.model.Bounds#getWidth()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Bounds#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.nines.model.Bounds#getHeight()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Height();

	/**
	 * Returns the meta object for class '{@link org.nines.model.BendPoint <em>Bend Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bend Point</em>'.
	 * @see org.nines.model.BendPoint
	 * @generated
	 */
	EClass getBendPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.BendPoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.nines.model.BendPoint#getX()
	 * @see #getBendPoint()
	 * @generated
	 */
	EAttribute getBendPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.BendPoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.nines.model.BendPoint#getY()
	 * @see #getBendPoint()
	 * @generated
	 */
	EAttribute getBendPoint_Y();

	/**
	 * Returns the meta object for class '{@link org.nines.model.DiagramElement <em>Diagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element</em>'.
	 * @see org.nines.model.DiagramElement
	 * @generated
	 */
	EClass getDiagramElement();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DiagramElement#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.nines.model.DiagramElement#isEnabled()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_Enabled();

	/**
	 * Returns the meta object for class '{@link org.nines.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Node</em>'.
	 * @see org.nines.model.DiagramNode
	 * @generated
	 */
	EClass getDiagramNode();

	/**
	 * Returns the meta object for the containment reference '{@link org.nines.model.DiagramNode#getBounds <em>Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bounds</em>'.
	 * @see org.nines.model.DiagramNode#getBounds()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EReference getDiagramNode_Bounds();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Start <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Start</em>'.
	 * @see org.nines.model.Start
	 * @generated
	 */
	EClass getStart();

	/**
	 * Returns the meta object for class '{@link org.nines.model.End <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>End</em>'.
	 * @see org.nines.model.End
	 * @generated
	 */
	EClass getEnd();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block</em>'.
	 * @see org.nines.model.Block
	 * @generated
	 */
	EClass getBlock();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.Block#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.nines.model.Block#getComponent()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_Component();

	/**
	 * Returns the meta object for class '{@link org.nines.model.KofN <em>Kof N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kof N</em>'.
	 * @see org.nines.model.KofN
	 * @generated
	 */
	EClass getKofN();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.KofN#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.nines.model.KofN#getK()
	 * @see #getKofN()
	 * @generated
	 */
	EAttribute getKofN_K();

	/**
	 * Returns the meta object for class '{@link org.nines.model.SubDiagramBlock <em>Sub Diagram Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Diagram Block</em>'.
	 * @see org.nines.model.SubDiagramBlock
	 * @generated
	 */
	EClass getSubDiagramBlock();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.SubDiagramBlock#getDiagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Diagram</em>'.
	 * @see org.nines.model.SubDiagramBlock#getDiagram()
	 * @see #getSubDiagramBlock()
	 * @generated
	 */
	EReference getSubDiagramBlock_Diagram();

	/**
	 * Returns the meta object for class '{@link org.nines.model.StandbyGroup <em>Standby Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standby Group</em>'.
	 * @see org.nines.model.StandbyGroup
	 * @generated
	 */
	EClass getStandbyGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.nines.model.StandbyGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.nines.model.StandbyGroup#getMembers()
	 * @see #getStandbyGroup()
	 * @generated
	 */
	EReference getStandbyGroup_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyGroup#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.nines.model.StandbyGroup#getMode()
	 * @see #getStandbyGroup()
	 * @generated
	 */
	EAttribute getStandbyGroup_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyGroup#getDormantFactor <em>Dormant Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dormant Factor</em>'.
	 * @see org.nines.model.StandbyGroup#getDormantFactor()
	 * @see #getStandbyGroup()
	 * @generated
	 */
	EAttribute getStandbyGroup_DormantFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyGroup#getSwitchoverHours <em>Switchover Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switchover Hours</em>'.
	 * @see org.nines.model.StandbyGroup#getSwitchoverHours()
	 * @see #getStandbyGroup()
	 * @generated
	 */
	EAttribute getStandbyGroup_SwitchoverHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyGroup#getSwitchFailureProbability <em>Switch Failure Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switch Failure Probability</em>'.
	 * @see org.nines.model.StandbyGroup#getSwitchFailureProbability()
	 * @see #getStandbyGroup()
	 * @generated
	 */
	EAttribute getStandbyGroup_SwitchFailureProbability();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Connector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connector</em>'.
	 * @see org.nines.model.Connector
	 * @generated
	 */
	EClass getConnector();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.Connector#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.nines.model.Connector#getSource()
	 * @see #getConnector()
	 * @generated
	 */
	EReference getConnector_Source();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.Connector#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.nines.model.Connector#getTarget()
	 * @see #getConnector()
	 * @generated
	 */
	EReference getConnector_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.Connector#getBendPoints <em>Bend Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bend Points</em>'.
	 * @see org.nines.model.Connector#getBendPoints()
	 * @see #getConnector()
	 * @generated
	 */
	EReference getConnector_BendPoints();

	/**
	 * Returns the meta object for class '{@link org.nines.model.CommonCauseGroup <em>Common Cause Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Common Cause Group</em>'.
	 * @see org.nines.model.CommonCauseGroup
	 * @generated
	 */
	EClass getCommonCauseGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.nines.model.CommonCauseGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.nines.model.CommonCauseGroup#getMembers()
	 * @see #getCommonCauseGroup()
	 * @generated
	 */
	EReference getCommonCauseGroup_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.CommonCauseGroup#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see org.nines.model.CommonCauseGroup#getBeta()
	 * @see #getCommonCauseGroup()
	 * @generated
	 */
	EAttribute getCommonCauseGroup_Beta();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.nines.model.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.nines.model.Risk#getTitle()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.nines.model.Risk#getCategory()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nines.model.Risk#getDescription()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.nines.model.Risk#getCause()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Cause();

	/**
	 * Returns the meta object for the reference list '{@link org.nines.model.Risk#getAffectedComponents <em>Affected Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Components</em>'.
	 * @see org.nines.model.Risk#getAffectedComponents()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_AffectedComponents();

	/**
	 * Returns the meta object for the reference list '{@link org.nines.model.Risk#getAffectedSites <em>Affected Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Sites</em>'.
	 * @see org.nines.model.Risk#getAffectedSites()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_AffectedSites();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getLikelihoodPerYear <em>Likelihood Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood Per Year</em>'.
	 * @see org.nines.model.Risk#getLikelihoodPerYear()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_LikelihoodPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getOutageHours <em>Outage Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outage Hours</em>'.
	 * @see org.nines.model.Risk#getOutageHours()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_OutageHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.nines.model.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.nines.model.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.nines.model.Risk#getStatus()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getResidualLikelihoodPerYear <em>Residual Likelihood Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual Likelihood Per Year</em>'.
	 * @see org.nines.model.Risk#getResidualLikelihoodPerYear()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_ResidualLikelihoodPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getResidualOutageHours <em>Residual Outage Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual Outage Hours</em>'.
	 * @see org.nines.model.Risk#getResidualOutageHours()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_ResidualOutageHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.nines.model.Risk#getNotes()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Risk#isDerived <em>Derived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived</em>'.
	 * @see org.nines.model.Risk#isDerived()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Derived();

	/**
	 * Returns the meta object for class '{@link org.nines.model.SparePool <em>Spare Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spare Pool</em>'.
	 * @see org.nines.model.SparePool
	 * @generated
	 */
	EClass getSparePool();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SparePool#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nines.model.SparePool#getKind()
	 * @see #getSparePool()
	 * @generated
	 */
	EAttribute getSparePool_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SparePool#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.nines.model.SparePool#getCount()
	 * @see #getSparePool()
	 * @generated
	 */
	EAttribute getSparePool_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.SparePool#getRestockHours <em>Restock Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restock Hours</em>'.
	 * @see org.nines.model.SparePool#getRestockHours()
	 * @see #getSparePool()
	 * @generated
	 */
	EAttribute getSparePool_RestockHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.OptimizationSubsystem <em>Optimization Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimization Subsystem</em>'.
	 * @see org.nines.model.OptimizationSubsystem
	 * @generated
	 */
	EClass getOptimizationSubsystem();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.OptimizationSubsystem#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Block</em>'.
	 * @see org.nines.model.OptimizationSubsystem#getBlock()
	 * @see #getOptimizationSubsystem()
	 * @generated
	 */
	EReference getOptimizationSubsystem_Block();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.OptimizationSubsystem#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.nines.model.OptimizationSubsystem#getOptions()
	 * @see #getOptimizationSubsystem()
	 * @generated
	 */
	EReference getOptimizationSubsystem_Options();

	/**
	 * Returns the meta object for class '{@link org.nines.model.DesignOption <em>Design Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Design Option</em>'.
	 * @see org.nines.model.DesignOption
	 * @generated
	 */
	EClass getDesignOption();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.DesignOption#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.nines.model.DesignOption#getComponent()
	 * @see #getDesignOption()
	 * @generated
	 */
	EReference getDesignOption_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getMinUnits <em>Min Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Units</em>'.
	 * @see org.nines.model.DesignOption#getMinUnits()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_MinUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getMaxUnits <em>Max Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Units</em>'.
	 * @see org.nines.model.DesignOption#getMaxUnits()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_MaxUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getRequiredUnits <em>Required Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required Units</em>'.
	 * @see org.nines.model.DesignOption#getRequiredUnits()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_RequiredUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.nines.model.DesignOption#getMode()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getSwitchoverHours <em>Switchover Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switchover Hours</em>'.
	 * @see org.nines.model.DesignOption#getSwitchoverHours()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_SwitchoverHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DesignOption#getSwitchFailureProbability <em>Switch Failure Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switch Failure Probability</em>'.
	 * @see org.nines.model.DesignOption#getSwitchFailureProbability()
	 * @see #getDesignOption()
	 * @generated
	 */
	EAttribute getDesignOption_SwitchFailureProbability();

	/**
	 * Returns the meta object for class '{@link org.nines.model.DataReplication <em>Data Replication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Replication</em>'.
	 * @see org.nines.model.DataReplication
	 * @generated
	 */
	EClass getDataReplication();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.DataReplication#getPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Primary</em>'.
	 * @see org.nines.model.DataReplication#getPrimary()
	 * @see #getDataReplication()
	 * @generated
	 */
	EReference getDataReplication_Primary();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.DataReplication#getReplica <em>Replica</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replica</em>'.
	 * @see org.nines.model.DataReplication#getReplica()
	 * @see #getDataReplication()
	 * @generated
	 */
	EReference getDataReplication_Replica();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DataReplication#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.nines.model.DataReplication#getMode()
	 * @see #getDataReplication()
	 * @generated
	 */
	EAttribute getDataReplication_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DataReplication#getLagHours <em>Lag Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Hours</em>'.
	 * @see org.nines.model.DataReplication#getLagHours()
	 * @see #getDataReplication()
	 * @generated
	 */
	EAttribute getDataReplication_LagHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DataReplication#getIntervalHours <em>Interval Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Hours</em>'.
	 * @see org.nines.model.DataReplication#getIntervalHours()
	 * @see #getDataReplication()
	 * @generated
	 */
	EAttribute getDataReplication_IntervalHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DataReplication#getRestoreHours <em>Restore Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restore Hours</em>'.
	 * @see org.nines.model.DataReplication#getRestoreHours()
	 * @see #getDataReplication()
	 * @generated
	 */
	EAttribute getDataReplication_RestoreHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.DataReplication#getFailoverHours <em>Failover Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failover Hours</em>'.
	 * @see org.nines.model.DataReplication#getFailoverHours()
	 * @see #getDataReplication()
	 * @generated
	 */
	EAttribute getDataReplication_FailoverHours();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.nines.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nines.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Scenario#getExtraCapex <em>Extra Capex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Capex</em>'.
	 * @see org.nines.model.Scenario#getExtraCapex()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ExtraCapex();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.Scenario#getExtraOpexPerYear <em>Extra Opex Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Opex Per Year</em>'.
	 * @see org.nines.model.Scenario#getExtraOpexPerYear()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ExtraOpexPerYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nines.model.Scenario#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Changes</em>'.
	 * @see org.nines.model.Scenario#getChanges()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Changes();

	/**
	 * Returns the meta object for class '{@link org.nines.model.Change <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change</em>'.
	 * @see org.nines.model.Change
	 * @generated
	 */
	EClass getChange();

	/**
	 * Returns the meta object for class '{@link org.nines.model.ParameterChange <em>Parameter Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Change</em>'.
	 * @see org.nines.model.ParameterChange
	 * @generated
	 */
	EClass getParameterChange();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.ParameterChange#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.nines.model.ParameterChange#getComponent()
	 * @see #getParameterChange()
	 * @generated
	 */
	EReference getParameterChange_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.ParameterChange#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.nines.model.ParameterChange#getParameter()
	 * @see #getParameterChange()
	 * @generated
	 */
	EAttribute getParameterChange_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.ParameterChange#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.nines.model.ParameterChange#getValue()
	 * @see #getParameterChange()
	 * @generated
	 */
	EAttribute getParameterChange_Value();

	/**
	 * Returns the meta object for class '{@link org.nines.model.EnablementChange <em>Enablement Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enablement Change</em>'.
	 * @see org.nines.model.EnablementChange
	 * @generated
	 */
	EClass getEnablementChange();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.EnablementChange#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.nines.model.EnablementChange#getElement()
	 * @see #getEnablementChange()
	 * @generated
	 */
	EReference getEnablementChange_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.EnablementChange#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.nines.model.EnablementChange#isEnabled()
	 * @see #getEnablementChange()
	 * @generated
	 */
	EAttribute getEnablementChange_Enabled();

	/**
	 * Returns the meta object for class '{@link org.nines.model.KofNChange <em>Kof NChange</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kof NChange</em>'.
	 * @see org.nines.model.KofNChange
	 * @generated
	 */
	EClass getKofNChange();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.KofNChange#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.nines.model.KofNChange#getNode()
	 * @see #getKofNChange()
	 * @generated
	 */
	EReference getKofNChange_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.KofNChange#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.nines.model.KofNChange#getK()
	 * @see #getKofNChange()
	 * @generated
	 */
	EAttribute getKofNChange_K();

	/**
	 * Returns the meta object for class '{@link org.nines.model.StandbyChange <em>Standby Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standby Change</em>'.
	 * @see org.nines.model.StandbyChange
	 * @generated
	 */
	EClass getStandbyChange();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.StandbyChange#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.nines.model.StandbyChange#getGroup()
	 * @see #getStandbyChange()
	 * @generated
	 */
	EReference getStandbyChange_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyChange#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.nines.model.StandbyChange#getMode()
	 * @see #getStandbyChange()
	 * @generated
	 */
	EAttribute getStandbyChange_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyChange#getSwitchoverHours <em>Switchover Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switchover Hours</em>'.
	 * @see org.nines.model.StandbyChange#getSwitchoverHours()
	 * @see #getStandbyChange()
	 * @generated
	 */
	EAttribute getStandbyChange_SwitchoverHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.StandbyChange#getSwitchFailureProbability <em>Switch Failure Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switch Failure Probability</em>'.
	 * @see org.nines.model.StandbyChange#getSwitchFailureProbability()
	 * @see #getStandbyChange()
	 * @generated
	 */
	EAttribute getStandbyChange_SwitchFailureProbability();

	/**
	 * Returns the meta object for class '{@link org.nines.model.CommonCauseChange <em>Common Cause Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Common Cause Change</em>'.
	 * @see org.nines.model.CommonCauseChange
	 * @generated
	 */
	EClass getCommonCauseChange();

	/**
	 * Returns the meta object for the reference '{@link org.nines.model.CommonCauseChange#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.nines.model.CommonCauseChange#getGroup()
	 * @see #getCommonCauseChange()
	 * @generated
	 */
	EReference getCommonCauseChange_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.nines.model.CommonCauseChange#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see org.nines.model.CommonCauseChange#getBeta()
	 * @see #getCommonCauseChange()
	 * @generated
	 */
	EAttribute getCommonCauseChange_Beta();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.nines.model.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.StandbyMode <em>Standby Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standby Mode</em>'.
	 * @see org.nines.model.StandbyMode
	 * @generated
	 */
	EEnum getStandbyMode();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.RiskCategory <em>Risk Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Category</em>'.
	 * @see org.nines.model.RiskCategory
	 * @generated
	 */
	EEnum getRiskCategory();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.RiskStatus <em>Risk Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Status</em>'.
	 * @see org.nines.model.RiskStatus
	 * @generated
	 */
	EEnum getRiskStatus();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.CrewPolicy <em>Crew Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Crew Policy</em>'.
	 * @see org.nines.model.CrewPolicy
	 * @generated
	 */
	EEnum getCrewPolicy();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.RedundancyMode <em>Redundancy Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Redundancy Mode</em>'.
	 * @see org.nines.model.RedundancyMode
	 * @generated
	 */
	EEnum getRedundancyMode();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.ReplicationMode <em>Replication Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Replication Mode</em>'.
	 * @see org.nines.model.ReplicationMode
	 * @generated
	 */
	EEnum getReplicationMode();

	/**
	 * Returns the meta object for enum '{@link org.nines.model.ComponentParameter <em>Component Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Parameter</em>'.
	 * @see org.nines.model.ComponentParameter
	 * @generated
	 */
	EEnum getComponentParameter();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NinesFactory getNinesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ElementImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.SystemModelImpl <em>System Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.SystemModelImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getSystemModel()
		 * @generated
		 */
		EClass SYSTEM_MODEL = eINSTANCE.getSystemModel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__NAME = eINSTANCE.getSystemModel_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__DESCRIPTION = eINSTANCE.getSystemModel_Description();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__CURRENCY = eINSTANCE.getSystemModel_Currency();

		/**
		 * The meta object literal for the '<em><b>Downtime Cost Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR = eINSTANCE.getSystemModel_DowntimeCostPerHour();

		/**
		 * The meta object literal for the '<em><b>Mission Time Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__MISSION_TIME_HOURS = eINSTANCE.getSystemModel_MissionTimeHours();

		/**
		 * The meta object literal for the '<em><b>Analysis Period Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS = eINSTANCE.getSystemModel_AnalysisPeriodHours();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__SCHEMA_VERSION = eINSTANCE.getSystemModel_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Repair Crews</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__REPAIR_CREWS = eINSTANCE.getSystemModel_RepairCrews();

		/**
		 * The meta object literal for the '<em><b>Crew Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__CREW_POLICY = eINSTANCE.getSystemModel_CrewPolicy();

		/**
		 * The meta object literal for the '<em><b>Logistic Delay Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__LOGISTIC_DELAY_HOURS = eINSTANCE.getSystemModel_LogisticDelayHours();

		/**
		 * The meta object literal for the '<em><b>No Ageing While System Down</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN = eINSTANCE.getSystemModel_NoAgeingWhileSystemDown();

		/**
		 * The meta object literal for the '<em><b>Likelihood Thresholds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS = eINSTANCE.getSystemModel_LikelihoodThresholds();

		/**
		 * The meta object literal for the '<em><b>Impact Thresholds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__IMPACT_THRESHOLDS = eINSTANCE.getSystemModel_ImpactThresholds();

		/**
		 * The meta object literal for the '<em><b>Max Weight Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__MAX_WEIGHT_KG = eINSTANCE.getSystemModel_MaxWeightKg();

		/**
		 * The meta object literal for the '<em><b>Max Rack Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__MAX_RACK_UNITS = eINSTANCE.getSystemModel_MaxRackUnits();

		/**
		 * The meta object literal for the '<em><b>Max Power Watts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__MAX_POWER_WATTS = eINSTANCE.getSystemModel_MaxPowerWatts();

		/**
		 * The meta object literal for the '<em><b>Top Diagram</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__TOP_DIAGRAM = eINSTANCE.getSystemModel_TopDiagram();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__SITES = eINSTANCE.getSystemModel_Sites();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__COMPONENTS = eINSTANCE.getSystemModel_Components();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__DIAGRAMS = eINSTANCE.getSystemModel_Diagrams();

		/**
		 * The meta object literal for the '<em><b>Common Cause Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__COMMON_CAUSE_GROUPS = eINSTANCE.getSystemModel_CommonCauseGroups();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__RISKS = eINSTANCE.getSystemModel_Risks();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__SCENARIOS = eINSTANCE.getSystemModel_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Spare Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__SPARE_POOLS = eINSTANCE.getSystemModel_SparePools();

		/**
		 * The meta object literal for the '<em><b>Optimization Subsystems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS = eINSTANCE.getSystemModel_OptimizationSubsystems();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__REPLICATIONS = eINSTANCE.getSystemModel_Replications();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.SiteImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__LOCATION = eINSTANCE.getSite_Location();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__DESCRIPTION = eINSTANCE.getSite_Description();

		/**
		 * The meta object literal for the '<em><b>Repair Crews</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REPAIR_CREWS = eINSTANCE.getSite_RepairCrews();

		/**
		 * The meta object literal for the '<em><b>Travel Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__TRAVEL_HOURS = eINSTANCE.getSite_TravelHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ComponentImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__KIND = eINSTANCE.getComponent_Kind();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__SITE = eINSTANCE.getComponent_Site();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__TAGS = eINSTANCE.getComponent_Tags();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__NOTES = eINSTANCE.getComponent_Notes();

		/**
		 * The meta object literal for the '<em><b>Failure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__FAILURE = eINSTANCE.getComponent_Failure();

		/**
		 * The meta object literal for the '<em><b>Repair</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__REPAIR = eINSTANCE.getComponent_Repair();

		/**
		 * The meta object literal for the '<em><b>Capex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__CAPEX = eINSTANCE.getComponent_Capex();

		/**
		 * The meta object literal for the '<em><b>Opex Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__OPEX_PER_YEAR = eINSTANCE.getComponent_OpexPerYear();

		/**
		 * The meta object literal for the '<em><b>Service Life Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__SERVICE_LIFE_YEARS = eINSTANCE.getComponent_ServiceLifeYears();

		/**
		 * The meta object literal for the '<em><b>Repair Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__REPAIR_PRIORITY = eINSTANCE.getComponent_RepairPriority();

		/**
		 * The meta object literal for the '<em><b>Weight Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__WEIGHT_KG = eINSTANCE.getComponent_WeightKg();

		/**
		 * The meta object literal for the '<em><b>Rack Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__RACK_UNITS = eINSTANCE.getComponent_RackUnits();

		/**
		 * The meta object literal for the '<em><b>Power Watts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__POWER_WATTS = eINSTANCE.getComponent_PowerWatts();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.FailureModelImpl <em>Failure Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.FailureModelImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getFailureModel()
		 * @generated
		 */
		EClass FAILURE_MODEL = eINSTANCE.getFailureModel();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ExponentialFailureImpl <em>Exponential Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ExponentialFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getExponentialFailure()
		 * @generated
		 */
		EClass EXPONENTIAL_FAILURE = eINSTANCE.getExponentialFailure();

		/**
		 * The meta object literal for the '<em><b>Mtbf Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_FAILURE__MTBF_HOURS = eINSTANCE.getExponentialFailure_MtbfHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.WeibullFailureImpl <em>Weibull Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.WeibullFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getWeibullFailure()
		 * @generated
		 */
		EClass WEIBULL_FAILURE = eINSTANCE.getWeibullFailure();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIBULL_FAILURE__SHAPE = eINSTANCE.getWeibullFailure_Shape();

		/**
		 * The meta object literal for the '<em><b>Scale Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIBULL_FAILURE__SCALE_HOURS = eINSTANCE.getWeibullFailure_ScaleHours();

		/**
		 * The meta object literal for the '<em><b>Location Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIBULL_FAILURE__LOCATION_HOURS = eINSTANCE.getWeibullFailure_LocationHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.LognormalFailureImpl <em>Lognormal Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.LognormalFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getLognormalFailure()
		 * @generated
		 */
		EClass LOGNORMAL_FAILURE = eINSTANCE.getLognormalFailure();

		/**
		 * The meta object literal for the '<em><b>Mean Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGNORMAL_FAILURE__MEAN_HOURS = eINSTANCE.getLognormalFailure_MeanHours();

		/**
		 * The meta object literal for the '<em><b>Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGNORMAL_FAILURE__SIGMA = eINSTANCE.getLognormalFailure_Sigma();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.NormalFailureImpl <em>Normal Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.NormalFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getNormalFailure()
		 * @generated
		 */
		EClass NORMAL_FAILURE = eINSTANCE.getNormalFailure();

		/**
		 * The meta object literal for the '<em><b>Mean Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_FAILURE__MEAN_HOURS = eINSTANCE.getNormalFailure_MeanHours();

		/**
		 * The meta object literal for the '<em><b>Sd Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_FAILURE__SD_HOURS = eINSTANCE.getNormalFailure_SdHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.UniformFailureImpl <em>Uniform Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.UniformFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getUniformFailure()
		 * @generated
		 */
		EClass UNIFORM_FAILURE = eINSTANCE.getUniformFailure();

		/**
		 * The meta object literal for the '<em><b>Min Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_FAILURE__MIN_HOURS = eINSTANCE.getUniformFailure_MinHours();

		/**
		 * The meta object literal for the '<em><b>Max Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_FAILURE__MAX_HOURS = eINSTANCE.getUniformFailure_MaxHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.FixedProbabilityFailureImpl <em>Fixed Probability Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.FixedProbabilityFailureImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getFixedProbabilityFailure()
		 * @generated
		 */
		EClass FIXED_PROBABILITY_FAILURE = eINSTANCE.getFixedProbabilityFailure();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_PROBABILITY_FAILURE__PROBABILITY = eINSTANCE.getFixedProbabilityFailure_Probability();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.RepairModelImpl <em>Repair Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.RepairModelImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getRepairModel()
		 * @generated
		 */
		EClass REPAIR_MODEL = eINSTANCE.getRepairModel();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ExponentialRepairImpl <em>Exponential Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ExponentialRepairImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getExponentialRepair()
		 * @generated
		 */
		EClass EXPONENTIAL_REPAIR = eINSTANCE.getExponentialRepair();

		/**
		 * The meta object literal for the '<em><b>Mttr Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_REPAIR__MTTR_HOURS = eINSTANCE.getExponentialRepair_MttrHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.LognormalRepairImpl <em>Lognormal Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.LognormalRepairImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getLognormalRepair()
		 * @generated
		 */
		EClass LOGNORMAL_REPAIR = eINSTANCE.getLognormalRepair();

		/**
		 * The meta object literal for the '<em><b>Mean Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGNORMAL_REPAIR__MEAN_HOURS = eINSTANCE.getLognormalRepair_MeanHours();

		/**
		 * The meta object literal for the '<em><b>Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGNORMAL_REPAIR__SIGMA = eINSTANCE.getLognormalRepair_Sigma();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.NormalRepairImpl <em>Normal Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.NormalRepairImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getNormalRepair()
		 * @generated
		 */
		EClass NORMAL_REPAIR = eINSTANCE.getNormalRepair();

		/**
		 * The meta object literal for the '<em><b>Mean Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_REPAIR__MEAN_HOURS = eINSTANCE.getNormalRepair_MeanHours();

		/**
		 * The meta object literal for the '<em><b>Sd Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_REPAIR__SD_HOURS = eINSTANCE.getNormalRepair_SdHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.UniformRepairImpl <em>Uniform Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.UniformRepairImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getUniformRepair()
		 * @generated
		 */
		EClass UNIFORM_REPAIR = eINSTANCE.getUniformRepair();

		/**
		 * The meta object literal for the '<em><b>Min Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_REPAIR__MIN_HOURS = eINSTANCE.getUniformRepair_MinHours();

		/**
		 * The meta object literal for the '<em><b>Max Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_REPAIR__MAX_HOURS = eINSTANCE.getUniformRepair_MaxHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.FixedRepairImpl <em>Fixed Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.FixedRepairImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getFixedRepair()
		 * @generated
		 */
		EClass FIXED_REPAIR = eINSTANCE.getFixedRepair();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_REPAIR__HOURS = eINSTANCE.getFixedRepair_Hours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.NonRepairableImpl <em>Non Repairable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.NonRepairableImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getNonRepairable()
		 * @generated
		 */
		EClass NON_REPAIRABLE = eINSTANCE.getNonRepairable();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.DiagramImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__DESCRIPTION = eINSTANCE.getDiagram_Description();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Rto Target Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__RTO_TARGET_HOURS = eINSTANCE.getDiagram_RtoTargetHours();

		/**
		 * The meta object literal for the '<em><b>Rpo Target Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__RPO_TARGET_HOURS = eINSTANCE.getDiagram_RpoTargetHours();

		/**
		 * The meta object literal for the '<em><b>Max Tolerable Outage Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS = eINSTANCE.getDiagram_MaxTolerableOutageHours();

		/**
		 * The meta object literal for the '<em><b>Connectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__CONNECTORS = eINSTANCE.getDiagram_Connectors();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.BoundsImpl <em>Bounds</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.BoundsImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getBounds()
		 * @generated
		 */
		EClass BOUNDS = eINSTANCE.getBounds();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__X = eINSTANCE.getBounds_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__Y = eINSTANCE.getBounds_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__WIDTH = eINSTANCE.getBounds_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__HEIGHT = eINSTANCE.getBounds_Height();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.BendPointImpl <em>Bend Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.BendPointImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getBendPoint()
		 * @generated
		 */
		EClass BEND_POINT = eINSTANCE.getBendPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEND_POINT__X = eINSTANCE.getBendPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEND_POINT__Y = eINSTANCE.getBendPoint_Y();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.DiagramElementImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getDiagramElement()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT = eINSTANCE.getDiagramElement();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__ENABLED = eINSTANCE.getDiagramElement_Enabled();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.DiagramNodeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getDiagramNode()
		 * @generated
		 */
		EClass DIAGRAM_NODE = eINSTANCE.getDiagramNode();

		/**
		 * The meta object literal for the '<em><b>Bounds</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_NODE__BOUNDS = eINSTANCE.getDiagramNode_Bounds();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.StartImpl <em>Start</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.StartImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getStart()
		 * @generated
		 */
		EClass START = eINSTANCE.getStart();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.EndImpl <em>End</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.EndImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getEnd()
		 * @generated
		 */
		EClass END = eINSTANCE.getEnd();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.BlockImpl <em>Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.BlockImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getBlock()
		 * @generated
		 */
		EClass BLOCK = eINSTANCE.getBlock();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__COMPONENT = eINSTANCE.getBlock_Component();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.KofNImpl <em>Kof N</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.KofNImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getKofN()
		 * @generated
		 */
		EClass KOF_N = eINSTANCE.getKofN();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KOF_N__K = eINSTANCE.getKofN_K();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.SubDiagramBlockImpl <em>Sub Diagram Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.SubDiagramBlockImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getSubDiagramBlock()
		 * @generated
		 */
		EClass SUB_DIAGRAM_BLOCK = eINSTANCE.getSubDiagramBlock();

		/**
		 * The meta object literal for the '<em><b>Diagram</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_DIAGRAM_BLOCK__DIAGRAM = eINSTANCE.getSubDiagramBlock_Diagram();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.StandbyGroupImpl <em>Standby Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.StandbyGroupImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getStandbyGroup()
		 * @generated
		 */
		EClass STANDBY_GROUP = eINSTANCE.getStandbyGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDBY_GROUP__MEMBERS = eINSTANCE.getStandbyGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_GROUP__MODE = eINSTANCE.getStandbyGroup_Mode();

		/**
		 * The meta object literal for the '<em><b>Dormant Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_GROUP__DORMANT_FACTOR = eINSTANCE.getStandbyGroup_DormantFactor();

		/**
		 * The meta object literal for the '<em><b>Switchover Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_GROUP__SWITCHOVER_HOURS = eINSTANCE.getStandbyGroup_SwitchoverHours();

		/**
		 * The meta object literal for the '<em><b>Switch Failure Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY = eINSTANCE.getStandbyGroup_SwitchFailureProbability();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ConnectorImpl <em>Connector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ConnectorImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getConnector()
		 * @generated
		 */
		EClass CONNECTOR = eINSTANCE.getConnector();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTOR__SOURCE = eINSTANCE.getConnector_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTOR__TARGET = eINSTANCE.getConnector_Target();

		/**
		 * The meta object literal for the '<em><b>Bend Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTOR__BEND_POINTS = eINSTANCE.getConnector_BendPoints();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.CommonCauseGroupImpl <em>Common Cause Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.CommonCauseGroupImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getCommonCauseGroup()
		 * @generated
		 */
		EClass COMMON_CAUSE_GROUP = eINSTANCE.getCommonCauseGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMON_CAUSE_GROUP__MEMBERS = eINSTANCE.getCommonCauseGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMON_CAUSE_GROUP__BETA = eINSTANCE.getCommonCauseGroup_Beta();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.RiskImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__TITLE = eINSTANCE.getRisk_Title();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CATEGORY = eINSTANCE.getRisk_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__DESCRIPTION = eINSTANCE.getRisk_Description();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CAUSE = eINSTANCE.getRisk_Cause();

		/**
		 * The meta object literal for the '<em><b>Affected Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__AFFECTED_COMPONENTS = eINSTANCE.getRisk_AffectedComponents();

		/**
		 * The meta object literal for the '<em><b>Affected Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__AFFECTED_SITES = eINSTANCE.getRisk_AffectedSites();

		/**
		 * The meta object literal for the '<em><b>Likelihood Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD_PER_YEAR = eINSTANCE.getRisk_LikelihoodPerYear();

		/**
		 * The meta object literal for the '<em><b>Outage Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__OUTAGE_HOURS = eINSTANCE.getRisk_OutageHours();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__STATUS = eINSTANCE.getRisk_Status();

		/**
		 * The meta object literal for the '<em><b>Residual Likelihood Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__RESIDUAL_LIKELIHOOD_PER_YEAR = eINSTANCE.getRisk_ResidualLikelihoodPerYear();

		/**
		 * The meta object literal for the '<em><b>Residual Outage Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__RESIDUAL_OUTAGE_HOURS = eINSTANCE.getRisk_ResidualOutageHours();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__NOTES = eINSTANCE.getRisk_Notes();

		/**
		 * The meta object literal for the '<em><b>Derived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__DERIVED = eINSTANCE.getRisk_Derived();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.SparePoolImpl <em>Spare Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.SparePoolImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getSparePool()
		 * @generated
		 */
		EClass SPARE_POOL = eINSTANCE.getSparePool();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POOL__KIND = eINSTANCE.getSparePool_Kind();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POOL__COUNT = eINSTANCE.getSparePool_Count();

		/**
		 * The meta object literal for the '<em><b>Restock Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_POOL__RESTOCK_HOURS = eINSTANCE.getSparePool_RestockHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.OptimizationSubsystemImpl <em>Optimization Subsystem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.OptimizationSubsystemImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getOptimizationSubsystem()
		 * @generated
		 */
		EClass OPTIMIZATION_SUBSYSTEM = eINSTANCE.getOptimizationSubsystem();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZATION_SUBSYSTEM__BLOCK = eINSTANCE.getOptimizationSubsystem_Block();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZATION_SUBSYSTEM__OPTIONS = eINSTANCE.getOptimizationSubsystem_Options();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.DesignOptionImpl <em>Design Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.DesignOptionImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getDesignOption()
		 * @generated
		 */
		EClass DESIGN_OPTION = eINSTANCE.getDesignOption();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN_OPTION__COMPONENT = eINSTANCE.getDesignOption_Component();

		/**
		 * The meta object literal for the '<em><b>Min Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__MIN_UNITS = eINSTANCE.getDesignOption_MinUnits();

		/**
		 * The meta object literal for the '<em><b>Max Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__MAX_UNITS = eINSTANCE.getDesignOption_MaxUnits();

		/**
		 * The meta object literal for the '<em><b>Required Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__REQUIRED_UNITS = eINSTANCE.getDesignOption_RequiredUnits();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__MODE = eINSTANCE.getDesignOption_Mode();

		/**
		 * The meta object literal for the '<em><b>Switchover Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__SWITCHOVER_HOURS = eINSTANCE.getDesignOption_SwitchoverHours();

		/**
		 * The meta object literal for the '<em><b>Switch Failure Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY = eINSTANCE.getDesignOption_SwitchFailureProbability();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.DataReplicationImpl <em>Data Replication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.DataReplicationImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getDataReplication()
		 * @generated
		 */
		EClass DATA_REPLICATION = eINSTANCE.getDataReplication();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_REPLICATION__PRIMARY = eINSTANCE.getDataReplication_Primary();

		/**
		 * The meta object literal for the '<em><b>Replica</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_REPLICATION__REPLICA = eINSTANCE.getDataReplication_Replica();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REPLICATION__MODE = eINSTANCE.getDataReplication_Mode();

		/**
		 * The meta object literal for the '<em><b>Lag Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REPLICATION__LAG_HOURS = eINSTANCE.getDataReplication_LagHours();

		/**
		 * The meta object literal for the '<em><b>Interval Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REPLICATION__INTERVAL_HOURS = eINSTANCE.getDataReplication_IntervalHours();

		/**
		 * The meta object literal for the '<em><b>Restore Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REPLICATION__RESTORE_HOURS = eINSTANCE.getDataReplication_RestoreHours();

		/**
		 * The meta object literal for the '<em><b>Failover Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REPLICATION__FAILOVER_HOURS = eINSTANCE.getDataReplication_FailoverHours();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ScenarioImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Extra Capex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EXTRA_CAPEX = eINSTANCE.getScenario_ExtraCapex();

		/**
		 * The meta object literal for the '<em><b>Extra Opex Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EXTRA_OPEX_PER_YEAR = eINSTANCE.getScenario_ExtraOpexPerYear();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CHANGES = eINSTANCE.getScenario_Changes();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ChangeImpl <em>Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getChange()
		 * @generated
		 */
		EClass CHANGE = eINSTANCE.getChange();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.ParameterChangeImpl <em>Parameter Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.ParameterChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getParameterChange()
		 * @generated
		 */
		EClass PARAMETER_CHANGE = eINSTANCE.getParameterChange();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_CHANGE__COMPONENT = eINSTANCE.getParameterChange_Component();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CHANGE__PARAMETER = eINSTANCE.getParameterChange_Parameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CHANGE__VALUE = eINSTANCE.getParameterChange_Value();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.EnablementChangeImpl <em>Enablement Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.EnablementChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getEnablementChange()
		 * @generated
		 */
		EClass ENABLEMENT_CHANGE = eINSTANCE.getEnablementChange();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENABLEMENT_CHANGE__ELEMENT = eINSTANCE.getEnablementChange_Element();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLEMENT_CHANGE__ENABLED = eINSTANCE.getEnablementChange_Enabled();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.KofNChangeImpl <em>Kof NChange</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.KofNChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getKofNChange()
		 * @generated
		 */
		EClass KOF_NCHANGE = eINSTANCE.getKofNChange();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KOF_NCHANGE__NODE = eINSTANCE.getKofNChange_Node();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KOF_NCHANGE__K = eINSTANCE.getKofNChange_K();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.StandbyChangeImpl <em>Standby Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.StandbyChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getStandbyChange()
		 * @generated
		 */
		EClass STANDBY_CHANGE = eINSTANCE.getStandbyChange();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDBY_CHANGE__GROUP = eINSTANCE.getStandbyChange_Group();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_CHANGE__MODE = eINSTANCE.getStandbyChange_Mode();

		/**
		 * The meta object literal for the '<em><b>Switchover Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_CHANGE__SWITCHOVER_HOURS = eINSTANCE.getStandbyChange_SwitchoverHours();

		/**
		 * The meta object literal for the '<em><b>Switch Failure Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY = eINSTANCE.getStandbyChange_SwitchFailureProbability();

		/**
		 * The meta object literal for the '{@link org.nines.model.impl.CommonCauseChangeImpl <em>Common Cause Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.impl.CommonCauseChangeImpl
		 * @see org.nines.model.impl.NinesPackageImpl#getCommonCauseChange()
		 * @generated
		 */
		EClass COMMON_CAUSE_CHANGE = eINSTANCE.getCommonCauseChange();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMON_CAUSE_CHANGE__GROUP = eINSTANCE.getCommonCauseChange_Group();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMON_CAUSE_CHANGE__BETA = eINSTANCE.getCommonCauseChange_Beta();

		/**
		 * The meta object literal for the '{@link org.nines.model.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.ComponentKind
		 * @see org.nines.model.impl.NinesPackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.nines.model.StandbyMode <em>Standby Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.StandbyMode
		 * @see org.nines.model.impl.NinesPackageImpl#getStandbyMode()
		 * @generated
		 */
		EEnum STANDBY_MODE = eINSTANCE.getStandbyMode();

		/**
		 * The meta object literal for the '{@link org.nines.model.RiskCategory <em>Risk Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.RiskCategory
		 * @see org.nines.model.impl.NinesPackageImpl#getRiskCategory()
		 * @generated
		 */
		EEnum RISK_CATEGORY = eINSTANCE.getRiskCategory();

		/**
		 * The meta object literal for the '{@link org.nines.model.RiskStatus <em>Risk Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.RiskStatus
		 * @see org.nines.model.impl.NinesPackageImpl#getRiskStatus()
		 * @generated
		 */
		EEnum RISK_STATUS = eINSTANCE.getRiskStatus();

		/**
		 * The meta object literal for the '{@link org.nines.model.CrewPolicy <em>Crew Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.CrewPolicy
		 * @see org.nines.model.impl.NinesPackageImpl#getCrewPolicy()
		 * @generated
		 */
		EEnum CREW_POLICY = eINSTANCE.getCrewPolicy();

		/**
		 * The meta object literal for the '{@link org.nines.model.RedundancyMode <em>Redundancy Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.RedundancyMode
		 * @see org.nines.model.impl.NinesPackageImpl#getRedundancyMode()
		 * @generated
		 */
		EEnum REDUNDANCY_MODE = eINSTANCE.getRedundancyMode();

		/**
		 * The meta object literal for the '{@link org.nines.model.ReplicationMode <em>Replication Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.ReplicationMode
		 * @see org.nines.model.impl.NinesPackageImpl#getReplicationMode()
		 * @generated
		 */
		EEnum REPLICATION_MODE = eINSTANCE.getReplicationMode();

		/**
		 * The meta object literal for the '{@link org.nines.model.ComponentParameter <em>Component Parameter</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nines.model.ComponentParameter
		 * @see org.nines.model.impl.NinesPackageImpl#getComponentParameter()
		 * @generated
		 */
		EEnum COMPONENT_PARAMETER = eINSTANCE.getComponentParameter();

	}

} //NinesPackage
