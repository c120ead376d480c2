/**
 */
package org.nines.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.nines.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NinesFactoryImpl extends EFactoryImpl implements NinesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NinesFactory init() {
		try {
			NinesFactory theNinesFactory = (NinesFactory)EPackage.Registry.INSTANCE.getEFactory(NinesPackage.eNS_URI);
			if (theNinesFactory != null) {
				return theNinesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NinesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NinesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NinesPackage.SYSTEM_MODEL: return createSystemModel();
			case NinesPackage.SITE: return createSite();
			case NinesPackage.COMPONENT: return createComponent();
			case NinesPackage.EXPONENTIAL_FAILURE: return createExponentialFailure();
			case NinesPackage.WEIBULL_FAILURE: return createWeibullFailure();
			case NinesPackage.LOGNORMAL_FAILURE: return createLognormalFailure();
			case NinesPackage.NORMAL_FAILURE: return createNormalFailure();
			case NinesPackage.UNIFORM_FAILURE: return createUniformFailure();
			case NinesPackage.FIXED_PROBABILITY_FAILURE: return createFixedProbabilityFailure();
			case NinesPackage.EXPONENTIAL_REPAIR: return createExponentialRepair();
			case NinesPackage.LOGNORMAL_REPAIR: return createLognormalRepair();
			case NinesPackage.NORMAL_REPAIR: return createNormalRepair();
			case NinesPackage.UNIFORM_REPAIR: return createUniformRepair();
			case NinesPackage.FIXED_REPAIR: return createFixedRepair();
			case NinesPackage.NON_REPAIRABLE: return createNonRepairable();
			case NinesPackage.DIAGRAM: return createDiagram();
			case NinesPackage.BOUNDS: return createBounds();
			case NinesPackage.BEND_POINT: return createBendPoint();
			case NinesPackage.START: return createStart();
			case NinesPackage.END: return createEnd();
			case NinesPackage.BLOCK: return createBlock();
			case NinesPackage.KOF_N: return createKofN();
			case NinesPackage.SUB_DIAGRAM_BLOCK: return createSubDiagramBlock();
			case NinesPackage.STANDBY_GROUP: return createStandbyGroup();
			case NinesPackage.CONNECTOR: return createConnector();
			case NinesPackage.COMMON_CAUSE_GROUP: return createCommonCauseGroup();
			case NinesPackage.RISK: return createRisk();
			case NinesPackage.SPARE_POOL: return createSparePool();
			case NinesPackage.OPTIMIZATION_SUBSYSTEM: return createOptimizationSubsystem();
			case NinesPackage.DESIGN_OPTION: return createDesignOption();
			case NinesPackage.DATA_REPLICATION: return createDataReplication();
			case NinesPackage.SCENARIO: return createScenario();
			case NinesPackage.PARAMETER_CHANGE: return createParameterChange();
			case NinesPackage.ENABLEMENT_CHANGE: return createEnablementChange();
			case NinesPackage.KOF_NCHANGE: return createKofNChange();
			case NinesPackage.STANDBY_CHANGE: return createStandbyChange();
			case NinesPackage.COMMON_CAUSE_CHANGE: return createCommonCauseChange();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NinesPackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case NinesPackage.STANDBY_MODE:
				return createStandbyModeFromString(eDataType, initialValue);
			case NinesPackage.RISK_CATEGORY:
				return createRiskCategoryFromString(eDataType, initialValue);
			case NinesPackage.RISK_STATUS:
				return createRiskStatusFromString(eDataType, initialValue);
			case NinesPackage.CREW_POLICY:
				return createCrewPolicyFromString(eDataType, initialValue);
			case NinesPackage.REDUNDANCY_MODE:
				return createRedundancyModeFromString(eDataType, initialValue);
			case NinesPackage.REPLICATION_MODE:
				return createReplicationModeFromString(eDataType, initialValue);
			case NinesPackage.COMPONENT_PARAMETER:
				return createComponentParameterFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NinesPackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case NinesPackage.STANDBY_MODE:
				return convertStandbyModeToString(eDataType, instanceValue);
			case NinesPackage.RISK_CATEGORY:
				return convertRiskCategoryToString(eDataType, instanceValue);
			case NinesPackage.RISK_STATUS:
				return convertRiskStatusToString(eDataType, instanceValue);
			case NinesPackage.CREW_POLICY:
				return convertCrewPolicyToString(eDataType, instanceValue);
			case NinesPackage.REDUNDANCY_MODE:
				return convertRedundancyModeToString(eDataType, instanceValue);
			case NinesPackage.REPLICATION_MODE:
				return convertReplicationModeToString(eDataType, instanceValue);
			case NinesPackage.COMPONENT_PARAMETER:
				return convertComponentParameterToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemModel createSystemModel() {
		SystemModelImpl systemModel = new SystemModelImpl();
		return systemModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component createComponent() {
		ComponentImpl component = new ComponentImpl();
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExponentialFailure createExponentialFailure() {
		ExponentialFailureImpl exponentialFailure = new ExponentialFailureImpl();
		return exponentialFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeibullFailure createWeibullFailure() {
		WeibullFailureImpl weibullFailure = new WeibullFailureImpl();
		return weibullFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LognormalFailure createLognormalFailure() {
		LognormalFailureImpl lognormalFailure = new LognormalFailureImpl();
		return lognormalFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalFailure createNormalFailure() {
		NormalFailureImpl normalFailure = new NormalFailureImpl();
		return normalFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniformFailure createUniformFailure() {
		UniformFailureImpl uniformFailure = new UniformFailureImpl();
		return uniformFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedProbabilityFailure createFixedProbabilityFailure() {
		FixedProbabilityFailureImpl fixedProbabilityFailure = new FixedProbabilityFailureImpl();
		return fixedProbabilityFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExponentialRepair createExponentialRepair() {
		ExponentialRepairImpl exponentialRepair = new ExponentialRepairImpl();
		return exponentialRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LognormalRepair createLognormalRepair() {
		LognormalRepairImpl lognormalRepair = new LognormalRepairImpl();
		return lognormalRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalRepair createNormalRepair() {
		NormalRepairImpl normalRepair = new NormalRepairImpl();
		return normalRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniformRepair createUniformRepair() {
		UniformRepairImpl uniformRepair = new UniformRepairImpl();
		return uniformRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedRepair createFixedRepair() {
		FixedRepairImpl fixedRepair = new FixedRepairImpl();
		return fixedRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonRepairable createNonRepairable() {
		NonRepairableImpl nonRepairable = new NonRepairableImpl();
		return nonRepairable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram createDiagram() {
		DiagramImpl diagram = new DiagramImpl();
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bounds createBounds() {
		BoundsImpl bounds = new BoundsImpl();
		return bounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BendPoint createBendPoint() {
		BendPointImpl bendPoint = new BendPointImpl();
		return bendPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Start createStart() {
		StartImpl start = new StartImpl();
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public End createEnd() {
		EndImpl end = new EndImpl();
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Block createBlock() {
		BlockImpl block = new BlockImpl();
		return block;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KofN createKofN() {
		KofNImpl kofN = new KofNImpl();
		return kofN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubDiagramBlock createSubDiagramBlock() {
		SubDiagramBlockImpl subDiagramBlock = new SubDiagramBlockImpl();
		return subDiagramBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandbyGroup createStandbyGroup() {
		StandbyGroupImpl standbyGroup = new StandbyGroupImpl();
		return standbyGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connector createConnector() {
		ConnectorImpl connector = new ConnectorImpl();
		return connector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommonCauseGroup createCommonCauseGroup() {
		CommonCauseGroupImpl commonCauseGroup = new CommonCauseGroupImpl();
		return commonCauseGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SparePool createSparePool() {
		SparePoolImpl sparePool = new SparePoolImpl();
		return sparePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizationSubsystem createOptimizationSubsystem() {
		OptimizationSubsystemImpl optimizationSubsystem = new OptimizationSubsystemImpl();
		return optimizationSubsystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesignOption createDesignOption() {
		DesignOptionImpl designOption = new DesignOptionImpl();
		return designOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataReplication createDataReplication() {
		DataReplicationImpl dataReplication = new DataReplicationImpl();
		return dataReplication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterChange createParameterChange() {
		ParameterChangeImpl parameterChange = new ParameterChangeImpl();
		return parameterChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnablementChange createEnablementChange() {
		EnablementChangeImpl enablementChange = new EnablementChangeImpl();
		return enablementChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KofNChange createKofNChange() {
		KofNChangeImpl kofNChange = new KofNChangeImpl();
		return kofNChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandbyChange createStandbyChange() {
		StandbyChangeImpl standbyChange = new StandbyChangeImpl();
		return standbyChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommonCauseChange createCommonCauseChange() {
		CommonCauseChangeImpl commonCauseChange = new CommonCauseChangeImpl();
		return commonCauseChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandbyMode createStandbyModeFromString(EDataType eDataType, String initialValue) {
		StandbyMode result = StandbyMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStandbyModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskCategory createRiskCategoryFromString(EDataType eDataType, String initialValue) {
		RiskCategory result = RiskCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskStatus createRiskStatusFromString(EDataType eDataType, String initialValue) {
		RiskStatus result = RiskStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrewPolicy createCrewPolicyFromString(EDataType eDataType, String initialValue) {
		CrewPolicy result = CrewPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCrewPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RedundancyMode createRedundancyModeFromString(EDataType eDataType, String initialValue) {
		RedundancyMode result = RedundancyMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRedundancyModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReplicationMode createReplicationModeFromString(EDataType eDataType, String initialValue) {
		ReplicationMode result = ReplicationMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReplicationModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentParameter createComponentParameterFromString(EDataType eDataType, String initialValue) {
		ComponentParameter result = ComponentParameter.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentParameterToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NinesPackage getNinesPackage() {
		return (NinesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NinesPackage getPackage() {
		return NinesPackage.eINSTANCE;
	}

} //NinesFactoryImpl
