/**
 */
package org.nines.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.nines.model.BendPoint;
import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.ComponentParameter;
import org.nines.model.Connector;
import org.nines.model.CrewPolicy;
import org.nines.model.DataReplication;
import org.nines.model.DesignOption;
import org.nines.model.Diagram;
import org.nines.model.DiagramElement;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.model.EnablementChange;
import org.nines.model.End;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.KofN;
import org.nines.model.KofNChange;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.ParameterChange;
import org.nines.model.RedundancyMode;
import org.nines.model.RepairModel;
import org.nines.model.ReplicationMode;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.Scenario;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NinesPackageImpl extends EPackageImpl implements NinesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass failureModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exponentialFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weibullFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lognormalFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniformFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedProbabilityFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass repairModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exponentialRepairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lognormalRepairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalRepairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniformRepairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedRepairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nonRepairableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boundsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bendPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass startEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kofNEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subDiagramBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standbyGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commonCauseGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sparePoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optimizationSubsystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass designOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataReplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass changeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enablementChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kofNChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standbyChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commonCauseChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum standbyModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum crewPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum redundancyModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum replicationModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentParameterEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.nines.model.NinesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NinesPackageImpl() {
		super(eNS_URI, NinesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NinesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NinesPackage init() {
		if (isInited) return (NinesPackage)EPackage.Registry.INSTANCE.getEPackage(NinesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNinesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NinesPackageImpl theNinesPackage = registeredNinesPackage instanceof NinesPackageImpl ? (NinesPackageImpl)registeredNinesPackage : new NinesPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theNinesPackage.createPackageContents();

		// Initialize created meta-data
		theNinesPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNinesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NinesPackage.eNS_URI, theNinesPackage);
		return theNinesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Id() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemModel() {
		return systemModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_Name() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_Description() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_Currency() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_DowntimeCostPerHour() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_MissionTimeHours() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_AnalysisPeriodHours() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_SchemaVersion() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_RepairCrews() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_CrewPolicy() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_LogisticDelayHours() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_NoAgeingWhileSystemDown() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_LikelihoodThresholds() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_ImpactThresholds() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_MaxWeightKg() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_MaxRackUnits() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_MaxPowerWatts() {
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_TopDiagram() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Sites() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Components() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Diagrams() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_CommonCauseGroups() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Risks() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Scenarios() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_SparePools() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_OptimizationSubsystems() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Replications() {
		return (EReference)systemModelEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Location() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Description() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_RepairCrews() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_TravelHours() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponent() {
		return componentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Kind() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Site() {
		return (EReference)componentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Tags() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Notes() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Failure() {
		return (EReference)componentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Repair() {
		return (EReference)componentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Capex() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_OpexPerYear() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_ServiceLifeYears() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_RepairPriority() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_WeightKg() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_RackUnits() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_PowerWatts() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFailureModel() {
		return failureModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExponentialFailure() {
		return exponentialFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialFailure_MtbfHours() {
		return (EAttribute)exponentialFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeibullFailure() {
		return weibullFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeibullFailure_Shape() {
		return (EAttribute)weibullFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeibullFailure_ScaleHours() {
		return (EAttribute)weibullFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeibullFailure_LocationHours() {
		return (EAttribute)weibullFailureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLognormalFailure() {
		return lognormalFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLognormalFailure_MeanHours() {
		return (EAttribute)lognormalFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLognormalFailure_Sigma() {
		return (EAttribute)lognormalFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalFailure() {
		return normalFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalFailure_MeanHours() {
		return (EAttribute)normalFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalFailure_SdHours() {
		return (EAttribute)normalFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniformFailure() {
		return uniformFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformFailure_MinHours() {
		return (EAttribute)uniformFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformFailure_MaxHours() {
		return (EAttribute)uniformFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedProbabilityFailure() {
		return fixedProbabilityFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedProbabilityFailure_Probability() {
		return (EAttribute)fixedProbabilityFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepairModel() {
		return repairModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExponentialRepair() {
		return exponentialRepairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialRepair_MttrHours() {
		return (EAttribute)exponentialRepairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLognormalRepair() {
		return lognormalRepairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLognormalRepair_MeanHours() {
		return (EAttribute)lognormalRepairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLognormalRepair_Sigma() {
		return (EAttribute)lognormalRepairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalRepair() {
		return normalRepairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalRepair_MeanHours() {
		return (EAttribute)normalRepairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalRepair_SdHours() {
		return (EAttribute)normalRepairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniformRepair() {
		return uniformRepairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformRepair_MinHours() {
		return (EAttribute)uniformRepairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformRepair_MaxHours() {
		return (EAttribute)uniformRepairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedRepair() {
		return fixedRepairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedRepair_Hours() {
		return (EAttribute)fixedRepairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNonRepairable() {
		return nonRepairableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagram() {
		return diagramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_Description() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Nodes() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_RtoTargetHours() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_RpoTargetHours() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_MaxTolerableOutageHours() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Connectors() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBounds() {
		return boundsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBounds_X() {
		return (EAttribute)boundsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBounds_Y() {
		return (EAttribute)boundsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBounds_Width() {
		return (EAttribute)boundsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBounds_Height() {
		return (EAttribute)boundsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBendPoint() {
		return bendPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendPoint_X() {
		return (EAttribute)bendPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendPoint_Y() {
		return (EAttribute)bendPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElement() {
		return diagramElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_Enabled() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramNode() {
		return diagramNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramNode_Bounds() {
		return (EReference)diagramNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStart() {
		return startEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnd() {
		return endEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlock() {
		return blockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_Component() {
		return (EReference)blockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKofN() {
		return kofNEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKofN_K() {
		return (EAttribute)kofNEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubDiagramBlock() {
		return subDiagramBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubDiagramBlock_Diagram() {
		return (EReference)subDiagramBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandbyGroup() {
		return standbyGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandbyGroup_Members() {
		return (EReference)standbyGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyGroup_Mode() {
		return (EAttribute)standbyGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyGroup_DormantFactor() {
		return (EAttribute)standbyGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyGroup_SwitchoverHours() {
		return (EAttribute)standbyGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyGroup_SwitchFailureProbability() {
		return (EAttribute)standbyGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnector() {
		return connectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnector_Source() {
		return (EReference)connectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnector_Target() {
		return (EReference)connectorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnector_BendPoints() {
		return (EReference)connectorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommonCauseGroup() {
		return commonCauseGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommonCauseGroup_Members() {
		return (EReference)commonCauseGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommonCauseGroup_Beta() {
		return (EAttribute)commonCauseGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Title() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Category() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Description() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Cause() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_AffectedComponents() {
		return (EReference)riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_AffectedSites() {
		return (EReference)riskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_LikelihoodPerYear() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_OutageHours() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Mitigation() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Owner() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Status() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_ResidualLikelihoodPerYear() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_ResidualOutageHours() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Notes() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Derived() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSparePool() {
		return sparePoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePool_Kind() {
		return (EAttribute)sparePoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePool_Count() {
		return (EAttribute)sparePoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePool_RestockHours() {
		return (EAttribute)sparePoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOptimizationSubsystem() {
		return optimizationSubsystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptimizationSubsystem_Block() {
		return (EReference)optimizationSubsystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptimizationSubsystem_Options() {
		return (EReference)optimizationSubsystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDesignOption() {
		return designOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesignOption_Component() {
		return (EReference)designOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_MinUnits() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_MaxUnits() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_RequiredUnits() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_Mode() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_SwitchoverHours() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDesignOption_SwitchFailureProbability() {
		return (EAttribute)designOptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataReplication() {
		return dataReplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataReplication_Primary() {
		return (EReference)dataReplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataReplication_Replica() {
		return (EReference)dataReplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataReplication_Mode() {
		return (EAttribute)dataReplicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataReplication_LagHours() {
		return (EAttribute)dataReplicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataReplication_IntervalHours() {
		return (EAttribute)dataReplicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataReplication_RestoreHours() {
		return (EAttribute)dataReplicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataReplication_FailoverHours() {
		return (EAttribute)dataReplicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ExtraCapex() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ExtraOpexPerYear() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Changes() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChange() {
		return changeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterChange() {
		return parameterChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterChange_Component() {
		return (EReference)parameterChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterChange_Parameter() {
		return (EAttribute)parameterChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterChange_Value() {
		return (EAttribute)parameterChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnablementChange() {
		return enablementChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnablementChange_Element() {
		return (EReference)enablementChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnablementChange_Enabled() {
		return (EAttribute)enablementChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKofNChange() {
		return kofNChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKofNChange_Node() {
		return (EReference)kofNChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKofNChange_K() {
		return (EAttribute)kofNChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandbyChange() {
		return standbyChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandbyChange_Group() {
		return (EReference)standbyChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyChange_Mode() {
		return (EAttribute)standbyChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyChange_SwitchoverHours() {
		return (EAttribute)standbyChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandbyChange_SwitchFailureProbability() {
		return (EAttribute)standbyChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommonCauseChange() {
		return commonCauseChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommonCauseChange_Group() {
		return (EReference)commonCauseChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommonCauseChange_Beta() {
		return (EAttribute)commonCauseChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentKind() {
		return componentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStandbyMode() {
		return standbyModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskCategory() {
		return riskCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskStatus() {
		return riskStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCrewPolicy() {
		return crewPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRedundancyMode() {
		return redundancyModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReplicationMode() {
		return replicationModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentParameter() {
		return componentParameterEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NinesFactory getNinesFactory() {
		return (NinesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__ID);
		createEAttribute(elementEClass, ELEMENT__NAME);

		systemModelEClass = createEClass(SYSTEM_MODEL);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__NAME);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__DESCRIPTION);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__CURRENCY);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__MISSION_TIME_HOURS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__SCHEMA_VERSION);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__REPAIR_CREWS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__CREW_POLICY);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__LOGISTIC_DELAY_HOURS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__NO_AGEING_WHILE_SYSTEM_DOWN);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__LIKELIHOOD_THRESHOLDS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__IMPACT_THRESHOLDS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__MAX_WEIGHT_KG);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__MAX_RACK_UNITS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__MAX_POWER_WATTS);
		createEReference(systemModelEClass, SYSTEM_MODEL__TOP_DIAGRAM);
		createEReference(systemModelEClass, SYSTEM_MODEL__SITES);
		createEReference(systemModelEClass, SYSTEM_MODEL__COMPONENTS);
		createEReference(systemModelEClass, SYSTEM_MODEL__DIAGRAMS);
		createEReference(systemModelEClass, SYSTEM_MODEL__COMMON_CAUSE_GROUPS);
		createEReference(systemModelEClass, SYSTEM_MODEL__RISKS);
		createEReference(systemModelEClass, SYSTEM_MODEL__SCENARIOS);
		createEReference(systemModelEClass, SYSTEM_MODEL__SPARE_POOLS);
		createEReference(systemModelEClass, SYSTEM_MODEL__OPTIMIZATION_SUBSYSTEMS);
		createEReference(systemModelEClass, SYSTEM_MODEL__REPLICATIONS);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__LOCATION);
		createEAttribute(siteEClass, SITE__DESCRIPTION);
		createEAttribute(siteEClass, SITE__REPAIR_CREWS);
		createEAttribute(siteEClass, SITE__TRAVEL_HOURS);

		componentEClass = createEClass(COMPONENT);
		createEAttribute(componentEClass, COMPONENT__KIND);
		createEReference(componentEClass, COMPONENT__SITE);
		createEAttribute(componentEClass, COMPONENT__TAGS);
		createEAttribute(componentEClass, COMPONENT__NOTES);
		createEReference(componentEClass, COMPONENT__FAILURE);
		createEReference(componentEClass, COMPONENT__REPAIR);
		createEAttribute(componentEClass, COMPONENT__CAPEX);
		createEAttribute(componentEClass, COMPONENT__OPEX_PER_YEAR);
		createEAttribute(componentEClass, COMPONENT__SERVICE_LIFE_YEARS);
		createEAttribute(componentEClass, COMPONENT__REPAIR_PRIORITY);
		createEAttribute(componentEClass, COMPONENT__WEIGHT_KG);
		createEAttribute(componentEClass, COMPONENT__RACK_UNITS);
		createEAttribute(componentEClass, COMPONENT__POWER_WATTS);

		failureModelEClass = createEClass(FAILURE_MODEL);

		exponentialFailureEClass = createEClass(EXPONENTIAL_FAILURE);
		createEAttribute(exponentialFailureEClass, EXPONENTIAL_FAILURE__MTBF_HOURS);

		weibullFailureEClass = createEClass(WEIBULL_FAILURE);
		createEAttribute(weibullFailureEClass, WEIBULL_FAILURE__SHAPE);
		createEAttribute(weibullFailureEClass, WEIBULL_FAILURE__SCALE_HOURS);
		createEAttribute(weibullFailureEClass, WEIBULL_FAILURE__LOCATION_HOURS);

		lognormalFailureEClass = createEClass(LOGNORMAL_FAILURE);
		createEAttribute(lognormalFailureEClass, LOGNORMAL_FAILURE__MEAN_HOURS);
		createEAttribute(lognormalFailureEClass, LOGNORMAL_FAILURE__SIGMA);

		normalFailureEClass = createEClass(NORMAL_FAILURE);
		createEAttribute(normalFailureEClass, NORMAL_FAILURE__MEAN_HOURS);
		createEAttribute(normalFailureEClass, NORMAL_FAILURE__SD_HOURS);

		uniformFailureEClass = createEClass(UNIFORM_FAILURE);
		createEAttribute(uniformFailureEClass, UNIFORM_FAILURE__MIN_HOURS);
		createEAttribute(uniformFailureEClass, UNIFORM_FAILURE__MAX_HOURS);

		fixedProbabilityFailureEClass = createEClass(FIXED_PROBABILITY_FAILURE);
		createEAttribute(fixedProbabilityFailureEClass, FIXED_PROBABILITY_FAILURE__PROBABILITY);

		repairModelEClass = createEClass(REPAIR_MODEL);

		exponentialRepairEClass = createEClass(EXPONENTIAL_REPAIR);
		createEAttribute(exponentialRepairEClass, EXPONENTIAL_REPAIR__MTTR_HOURS);

		lognormalRepairEClass = createEClass(LOGNORMAL_REPAIR);
		createEAttribute(lognormalRepairEClass, LOGNORMAL_REPAIR__MEAN_HOURS);
		createEAttribute(lognormalRepairEClass, LOGNORMAL_REPAIR__SIGMA);

		normalRepairEClass = createEClass(NORMAL_REPAIR);
		createEAttribute(normalRepairEClass, NORMAL_REPAIR__MEAN_HOURS);
		createEAttribute(normalRepairEClass, NORMAL_REPAIR__SD_HOURS);

		uniformRepairEClass = createEClass(UNIFORM_REPAIR);
		createEAttribute(uniformRepairEClass, UNIFORM_REPAIR__MIN_HOURS);
		createEAttribute(uniformRepairEClass, UNIFORM_REPAIR__MAX_HOURS);

		fixedRepairEClass = createEClass(FIXED_REPAIR);
		createEAttribute(fixedRepairEClass, FIXED_REPAIR__HOURS);

		nonRepairableEClass = createEClass(NON_REPAIRABLE);

		diagramEClass = createEClass(DIAGRAM);
		createEAttribute(diagramEClass, DIAGRAM__DESCRIPTION);
		createEReference(diagramEClass, DIAGRAM__NODES);
		createEAttribute(diagramEClass, DIAGRAM__RTO_TARGET_HOURS);
		createEAttribute(diagramEClass, DIAGRAM__RPO_TARGET_HOURS);
		createEAttribute(diagramEClass, DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS);
		createEReference(diagramEClass, DIAGRAM__CONNECTORS);

		boundsEClass = createEClass(BOUNDS);
		createEAttribute(boundsEClass, BOUNDS__X);
		createEAttribute(boundsEClass, BOUNDS__Y);
		createEAttribute(boundsEClass, BOUNDS__WIDTH);
		createEAttribute(boundsEClass, BOUNDS__HEIGHT);

		bendPointEClass = createEClass(BEND_POINT);
		createEAttribute(bendPointEClass, BEND_POINT__X);
		createEAttribute(bendPointEClass, BEND_POINT__Y);

		diagramElementEClass = createEClass(DIAGRAM_ELEMENT);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__ENABLED);

		diagramNodeEClass = createEClass(DIAGRAM_NODE);
		createEReference(diagramNodeEClass, DIAGRAM_NODE__BOUNDS);

		startEClass = createEClass(START);

		endEClass = createEClass(END);

		blockEClass = createEClass(BLOCK);
		createEReference(blockEClass, BLOCK__COMPONENT);

		kofNEClass = createEClass(KOF_N);
		createEAttribute(kofNEClass, KOF_N__K);

		subDiagramBlockEClass = createEClass(SUB_DIAGRAM_BLOCK);
		createEReference(subDiagramBlockEClass, SUB_DIAGRAM_BLOCK__DIAGRAM);

		standbyGroupEClass = createEClass(STANDBY_GROUP);
		createEReference(standbyGroupEClass, STANDBY_GROUP__MEMBERS);
		createEAttribute(standbyGroupEClass, STANDBY_GROUP__MODE);
		createEAttribute(standbyGroupEClass, STANDBY_GROUP__DORMANT_FACTOR);
		createEAttribute(standbyGroupEClass, STANDBY_GROUP__SWITCHOVER_HOURS);
		createEAttribute(standbyGroupEClass, STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY);

		connectorEClass = createEClass(CONNECTOR);
		createEReference(connectorEClass, CONNECTOR__SOURCE);
		createEReference(connectorEClass, CONNECTOR__TARGET);
		createEReference(connectorEClass, CONNECTOR__BEND_POINTS);

		commonCauseGroupEClass = createEClass(COMMON_CAUSE_GROUP);
		createEReference(commonCauseGroupEClass, COMMON_CAUSE_GROUP__MEMBERS);
		createEAttribute(commonCauseGroupEClass, COMMON_CAUSE_GROUP__BETA);

		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__TITLE);
		createEAttribute(riskEClass, RISK__CATEGORY);
		createEAttribute(riskEClass, RISK__DESCRIPTION);
		createEAttribute(riskEClass, RISK__CAUSE);
		createEReference(riskEClass, RISK__AFFECTED_COMPONENTS);
		createEReference(riskEClass, RISK__AFFECTED_SITES);
		createEAttribute(riskEClass, RISK__LIKELIHOOD_PER_YEAR);
		createEAttribute(riskEClass, RISK__OUTAGE_HOURS);
		createEAttribute(riskEClass, RISK__MITIGATION);
		createEAttribute(riskEClass, RISK__OWNER);
		createEAttribute(riskEClass, RISK__STATUS);
		createEAttribute(riskEClass, RISK__RESIDUAL_LIKELIHOOD_PER_YEAR);
		createEAttribute(riskEClass, RISK__RESIDUAL_OUTAGE_HOURS);
		createEAttribute(riskEClass, RISK__NOTES);
		createEAttribute(riskEClass, RISK__DERIVED);

		sparePoolEClass = createEClass(SPARE_POOL);
		createEAttribute(sparePoolEClass, SPARE_POOL__KIND);
		createEAttribute(sparePoolEClass, SPARE_POOL__COUNT);
		createEAttribute(sparePoolEClass, SPARE_POOL__RESTOCK_HOURS);

		optimizationSubsystemEClass = createEClass(OPTIMIZATION_SUBSYSTEM);
		createEReference(optimizationSubsystemEClass, OPTIMIZATION_SUBSYSTEM__BLOCK);
		createEReference(optimizationSubsystemEClass, OPTIMIZATION_SUBSYSTEM__OPTIONS);

		designOptionEClass = createEClass(DESIGN_OPTION);
		createEReference(designOptionEClass, DESIGN_OPTION__COMPONENT);
		createEAttribute(designOptionEClass, DESIGN_OPTION__MIN_UNITS);
		createEAttribute(designOptionEClass, DESIGN_OPTION__MAX_UNITS);
		createEAttribute(designOptionEClass, DESIGN_OPTION__REQUIRED_UNITS);
		createEAttribute(designOptionEClass, DESIGN_OPTION__MODE);
		createEAttribute(designOptionEClass, DESIGN_OPTION__SWITCHOVER_HOURS);
		createEAttribute(designOptionEClass, DESIGN_OPTION__SWITCH_FAILURE_PROBABILITY);

		dataReplicationEClass = createEClass(DATA_REPLICATION);
		createEReference(dataReplicationEClass, DATA_REPLICATION__PRIMARY);
		createEReference(dataReplicationEClass, DATA_REPLICATION__REPLICA);
		createEAttribute(dataReplicationEClass, DATA_REPLICATION__MODE);
		createEAttribute(dataReplicationEClass, DATA_REPLICATION__LAG_HOURS);
		createEAttribute(dataReplicationEClass, DATA_REPLICATION__INTERVAL_HOURS);
		createEAttribute(dataReplicationEClass, DATA_REPLICATION__RESTORE_HOURS);
		createEAttribute(dataReplicationEClass, DATA_REPLICATION__FAILOVER_HOURS);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__EXTRA_CAPEX);
		createEAttribute(scenarioEClass, SCENARIO__EXTRA_OPEX_PER_YEAR);
		createEReference(scenarioEClass, SCENARIO__CHANGES);

		changeEClass = createEClass(CHANGE);

		parameterChangeEClass = createEClass(PARAMETER_CHANGE);
		createEReference(parameterChangeEClass, PARAMETER_CHANGE__COMPONENT);
		createEAttribute(parameterChangeEClass, PARAMETER_CHANGE__PARAMETER);
		createEAttribute(parameterChangeEClass, PARAMETER_CHANGE__VALUE);

		enablementChangeEClass = createEClass(ENABLEMENT_CHANGE);
		createEReference(enablementChangeEClass, ENABLEMENT_CHANGE__ELEMENT);
		createEAttribute(enablementChangeEClass, ENABLEMENT_CHANGE__ENABLED);

		kofNChangeEClass = createEClass(KOF_NCHANGE);
		createEReference(kofNChangeEClass, KOF_NCHANGE__NODE);
		createEAttribute(kofNChangeEClass, KOF_NCHANGE__K);

		standbyChangeEClass = createEClass(STANDBY_CHANGE);
		createEReference(standbyChangeEClass, STANDBY_CHANGE__GROUP);
		createEAttribute(standbyChangeEClass, STANDBY_CHANGE__MODE);
		createEAttribute(standbyChangeEClass, STANDBY_CHANGE__SWITCHOVER_HOURS);
		createEAttribute(standbyChangeEClass, STANDBY_CHANGE__SWITCH_FAILURE_PROBABILITY);

		commonCauseChangeEClass = createEClass(COMMON_CAUSE_CHANGE);
		createEReference(commonCauseChangeEClass, COMMON_CAUSE_CHANGE__GROUP);
		createEAttribute(commonCauseChangeEClass, COMMON_CAUSE_CHANGE__BETA);

		// Create enums
		componentKindEEnum = createEEnum(COMPONENT_KIND);
		standbyModeEEnum = createEEnum(STANDBY_MODE);
		riskCategoryEEnum = createEEnum(RISK_CATEGORY);
		riskStatusEEnum = createEEnum(RISK_STATUS);
		crewPolicyEEnum = createEEnum(CREW_POLICY);
		redundancyModeEEnum = createEEnum(REDUNDANCY_MODE);
		replicationModeEEnum = createEEnum(REPLICATION_MODE);
		componentParameterEEnum = createEEnum(COMPONENT_PARAMETER);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		siteEClass.getESuperTypes().add(this.getElement());
		componentEClass.getESuperTypes().add(this.getElement());
		exponentialFailureEClass.getESuperTypes().add(this.getFailureModel());
		weibullFailureEClass.getESuperTypes().add(this.getFailureModel());
		lognormalFailureEClass.getESuperTypes().add(this.getFailureModel());
		normalFailureEClass.getESuperTypes().add(this.getFailureModel());
		uniformFailureEClass.getESuperTypes().add(this.getFailureModel());
		fixedProbabilityFailureEClass.getESuperTypes().add(this.getFailureModel());
		exponentialRepairEClass.getESuperTypes().add(this.getRepairModel());
		lognormalRepairEClass.getESuperTypes().add(this.getRepairModel());
		normalRepairEClass.getESuperTypes().add(this.getRepairModel());
		uniformRepairEClass.getESuperTypes().add(this.getRepairModel());
		fixedRepairEClass.getESuperTypes().add(this.getRepairModel());
		nonRepairableEClass.getESuperTypes().add(this.getRepairModel());
		diagramEClass.getESuperTypes().add(this.getElement());
		diagramElementEClass.getESuperTypes().add(this.getElement());
		diagramNodeEClass.getESuperTypes().add(this.getDiagramElement());
		startEClass.getESuperTypes().add(this.getDiagramNode());
		endEClass.getESuperTypes().add(this.getDiagramNode());
		blockEClass.getESuperTypes().add(this.getDiagramNode());
		kofNEClass.getESuperTypes().add(this.getDiagramNode());
		subDiagramBlockEClass.getESuperTypes().add(this.getDiagramNode());
		standbyGroupEClass.getESuperTypes().add(this.getDiagramNode());
		connectorEClass.getESuperTypes().add(this.getDiagramElement());
		commonCauseGroupEClass.getESuperTypes().add(this.getElement());
		riskEClass.getESuperTypes().add(this.getElement());
		optimizationSubsystemEClass.getESuperTypes().add(this.getElement());
		designOptionEClass.getESuperTypes().add(this.getElement());
		dataReplicationEClass.getESuperTypes().add(this.getElement());
		scenarioEClass.getESuperTypes().add(this.getElement());
		parameterChangeEClass.getESuperTypes().add(this.getChange());
		enablementChangeEClass.getESuperTypes().add(this.getChange());
		kofNChangeEClass.getESuperTypes().add(this.getChange());
		standbyChangeEClass.getESuperTypes().add(this.getChange());
		commonCauseChangeEClass.getESuperTypes().add(this.getChange());

		// Initialize classes, features, and operations; add parameters
		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemModelEClass, SystemModel.class, "SystemModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSystemModel_Name(), ecorePackage.getEString(), "name", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_Description(), ecorePackage.getEString(), "description", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_Currency(), ecorePackage.getEString(), "currency", "EUR", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_DowntimeCostPerHour(), ecorePackage.getEDouble(), "downtimeCostPerHour", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_MissionTimeHours(), ecorePackage.getEDouble(), "missionTimeHours", "8760", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_AnalysisPeriodHours(), ecorePackage.getEDouble(), "analysisPeriodHours", "8760", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_SchemaVersion(), ecorePackage.getEInt(), "schemaVersion", "1", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_RepairCrews(), ecorePackage.getEInt(), "repairCrews", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_CrewPolicy(), this.getCrewPolicy(), "crewPolicy", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_LogisticDelayHours(), ecorePackage.getEDouble(), "logisticDelayHours", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_NoAgeingWhileSystemDown(), ecorePackage.getEBoolean(), "noAgeingWhileSystemDown", "false", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_LikelihoodThresholds(), ecorePackage.getEDouble(), "likelihoodThresholds", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_ImpactThresholds(), ecorePackage.getEDouble(), "impactThresholds", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_MaxWeightKg(), ecorePackage.getEDouble(), "maxWeightKg", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_MaxRackUnits(), ecorePackage.getEDouble(), "maxRackUnits", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_MaxPowerWatts(), ecorePackage.getEDouble(), "maxPowerWatts", "0", 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_TopDiagram(), this.getDiagram(), null, "topDiagram", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Sites(), this.getSite(), null, "sites", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Components(), this.getComponent(), null, "components", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Diagrams(), this.getDiagram(), null, "diagrams", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_CommonCauseGroups(), this.getCommonCauseGroup(), null, "commonCauseGroups", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Risks(), this.getRisk(), null, "risks", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_SparePools(), this.getSparePool(), null, "sparePools", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_OptimizationSubsystems(), this.getOptimizationSubsystem(), null, "optimizationSubsystems", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Replications(), this.getDataReplication(), null, "replications", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Location(), ecorePackage.getEString(), "location", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Description(), ecorePackage.getEString(), "description", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_RepairCrews(), ecorePackage.getEInt(), "repairCrews", "0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_TravelHours(), ecorePackage.getEDouble(), "travelHours", "0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentEClass, Component.class, "Component", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponent_Kind(), this.getComponentKind(), "kind", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Site(), this.getSite(), null, "site", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Failure(), this.getFailureModel(), null, "failure", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Repair(), this.getRepairModel(), null, "repair", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Capex(), ecorePackage.getEDouble(), "capex", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_OpexPerYear(), ecorePackage.getEDouble(), "opexPerYear", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_ServiceLifeYears(), ecorePackage.getEDouble(), "serviceLifeYears", "5", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_RepairPriority(), ecorePackage.getEInt(), "repairPriority", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_WeightKg(), ecorePackage.getEDouble(), "weightKg", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_RackUnits(), ecorePackage.getEDouble(), "rackUnits", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_PowerWatts(), ecorePackage.getEDouble(), "powerWatts", "0", 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(failureModelEClass, FailureModel.class, "FailureModel", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(exponentialFailureEClass, ExponentialFailure.class, "ExponentialFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExponentialFailure_MtbfHours(), ecorePackage.getEDouble(), "mtbfHours", null, 0, 1, ExponentialFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(weibullFailureEClass, WeibullFailure.class, "WeibullFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWeibullFailure_Shape(), ecorePackage.getEDouble(), "shape", null, 0, 1, WeibullFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWeibullFailure_ScaleHours(), ecorePackage.getEDouble(), "scaleHours", null, 0, 1, WeibullFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWeibullFailure_LocationHours(), ecorePackage.getEDouble(), "locationHours", "0", 0, 1, WeibullFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lognormalFailureEClass, LognormalFailure.class, "LognormalFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLognormalFailure_MeanHours(), ecorePackage.getEDouble(), "meanHours", null, 0, 1, LognormalFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLognormalFailure_Sigma(), ecorePackage.getEDouble(), "sigma", null, 0, 1, LognormalFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalFailureEClass, NormalFailure.class, "NormalFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNormalFailure_MeanHours(), ecorePackage.getEDouble(), "meanHours", null, 0, 1, NormalFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalFailure_SdHours(), ecorePackage.getEDouble(), "sdHours", null, 0, 1, NormalFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uniformFailureEClass, UniformFailure.class, "UniformFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUniformFailure_MinHours(), ecorePackage.getEDouble(), "minHours", null, 0, 1, UniformFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUniformFailure_MaxHours(), ecorePackage.getEDouble(), "maxHours", null, 0, 1, UniformFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedProbabilityFailureEClass, FixedProbabilityFailure.class, "FixedProbabilityFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedProbabilityFailure_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, FixedProbabilityFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(repairModelEClass, RepairModel.class, "RepairModel", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(exponentialRepairEClass, ExponentialRepair.class, "ExponentialRepair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExponentialRepair_MttrHours(), ecorePackage.getEDouble(), "mttrHours", null, 0, 1, ExponentialRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lognormalRepairEClass, LognormalRepair.class, "LognormalRepair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLognormalRepair_MeanHours(), ecorePackage.getEDouble(), "meanHours", null, 0, 1, LognormalRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLognormalRepair_Sigma(), ecorePackage.getEDouble(), "sigma", null, 0, 1, LognormalRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalRepairEClass, NormalRepair.class, "NormalRepair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNormalRepair_MeanHours(), ecorePackage.getEDouble(), "meanHours", null, 0, 1, NormalRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalRepair_SdHours(), ecorePackage.getEDouble(), "sdHours", null, 0, 1, NormalRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uniformRepairEClass, UniformRepair.class, "UniformRepair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUniformRepair_MinHours(), ecorePackage.getEDouble(), "minHours", null, 0, 1, UniformRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUniformRepair_MaxHours(), ecorePackage.getEDouble(), "maxHours", null, 0, 1, UniformRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedRepairEClass, FixedRepair.class, "FixedRepair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedRepair_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, FixedRepair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nonRepairableEClass, NonRepairable.class, "NonRepairable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(diagramEClass, Diagram.class, "Diagram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagram_Description(), ecorePackage.getEString(), "description", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Nodes(), this.getDiagramNode(), null, "nodes", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_RtoTargetHours(), ecorePackage.getEDouble(), "rtoTargetHours", "0", 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_RpoTargetHours(), ecorePackage.getEDouble(), "rpoTargetHours", "0", 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_MaxTolerableOutageHours(), ecorePackage.getEDouble(), "maxTolerableOutageHours", "0", 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Connectors(), this.getConnector(), null, "connectors", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boundsEClass, Bounds.class, "Bounds", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBounds_X(), ecorePackage.getEInt(), "x", null, 0, 1, Bounds.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBounds_Y(), ecorePackage.getEInt(), "y", null, 0, 1, Bounds.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBounds_Width(), ecorePackage.getEInt(), "width", "120", 0, 1, Bounds.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBounds_Height(), ecorePackage.getEInt(), "height", "48", 0, 1, Bounds.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bendPointEClass, BendPoint.class, "BendPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBendPoint_X(), ecorePackage.getEInt(), "x", null, 0, 1, BendPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBendPoint_Y(), ecorePackage.getEInt(), "y", null, 0, 1, BendPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementEClass, DiagramElement.class, "DiagramElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElement_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramNodeEClass, DiagramNode.class, "DiagramNode", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagramNode_Bounds(), this.getBounds(), null, "bounds", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(startEClass, Start.class, "Start", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(endEClass, End.class, "End", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(blockEClass, Block.class, "Block", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBlock_Component(), this.getComponent(), null, "component", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kofNEClass, KofN.class, "KofN", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKofN_K(), ecorePackage.getEInt(), "k", "1", 0, 1, KofN.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subDiagramBlockEClass, SubDiagramBlock.class, "SubDiagramBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubDiagramBlock_Diagram(), this.getDiagram(), null, "diagram", null, 0, 1, SubDiagramBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standbyGroupEClass, StandbyGroup.class, "StandbyGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandbyGroup_Members(), this.getComponent(), null, "members", null, 0, -1, StandbyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyGroup_Mode(), this.getStandbyMode(), "mode", null, 0, 1, StandbyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyGroup_DormantFactor(), ecorePackage.getEDouble(), "dormantFactor", "0", 0, 1, StandbyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyGroup_SwitchoverHours(), ecorePackage.getEDouble(), "switchoverHours", "0", 0, 1, StandbyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyGroup_SwitchFailureProbability(), ecorePackage.getEDouble(), "switchFailureProbability", "0", 0, 1, StandbyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectorEClass, Connector.class, "Connector", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConnector_Source(), this.getDiagramNode(), null, "source", null, 0, 1, Connector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnector_Target(), this.getDiagramNode(), null, "target", null, 0, 1, Connector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnector_BendPoints(), this.getBendPoint(), null, "bendPoints", null, 0, -1, Connector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commonCauseGroupEClass, CommonCauseGroup.class, "CommonCauseGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommonCauseGroup_Members(), this.getComponent(), null, "members", null, 0, -1, CommonCauseGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommonCauseGroup_Beta(), ecorePackage.getEDouble(), "beta", "0.05", 0, 1, CommonCauseGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Title(), ecorePackage.getEString(), "title", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Category(), this.getRiskCategory(), "category", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Description(), ecorePackage.getEString(), "description", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Cause(), ecorePackage.getEString(), "cause", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_AffectedComponents(), this.getComponent(), null, "affectedComponents", null, 0, -1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_AffectedSites(), this.getSite(), null, "affectedSites", null, 0, -1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_LikelihoodPerYear(), ecorePackage.getEDouble(), "likelihoodPerYear", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_OutageHours(), ecorePackage.getEDouble(), "outageHours", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Status(), this.getRiskStatus(), "status", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_ResidualLikelihoodPerYear(), ecorePackage.getEDouble(), "residualLikelihoodPerYear", "-1", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_ResidualOutageHours(), ecorePackage.getEDouble(), "residualOutageHours", "-1", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Derived(), ecorePackage.getEBoolean(), "derived", "false", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sparePoolEClass, SparePool.class, "SparePool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSparePool_Kind(), this.getComponentKind(), "kind", null, 0, 1, SparePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePool_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, SparePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePool_RestockHours(), ecorePackage.getEDouble(), "restockHours", "72", 0, 1, SparePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optimizationSubsystemEClass, OptimizationSubsystem.class, "OptimizationSubsystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOptimizationSubsystem_Block(), this.getBlock(), null, "block", null, 0, 1, OptimizationSubsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOptimizationSubsystem_Options(), this.getDesignOption(), null, "options", null, 0, -1, OptimizationSubsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(designOptionEClass, DesignOption.class, "DesignOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDesignOption_Component(), this.getComponent(), null, "component", null, 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_MinUnits(), ecorePackage.getEInt(), "minUnits", "1", 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_MaxUnits(), ecorePackage.getEInt(), "maxUnits", "3", 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_RequiredUnits(), ecorePackage.getEInt(), "requiredUnits", "1", 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_Mode(), this.getRedundancyMode(), "mode", null, 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_SwitchoverHours(), ecorePackage.getEDouble(), "switchoverHours", "0", 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDesignOption_SwitchFailureProbability(), ecorePackage.getEDouble(), "switchFailureProbability", "0", 0, 1, DesignOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataReplicationEClass, DataReplication.class, "DataReplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDataReplication_Primary(), this.getComponent(), null, "primary", null, 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataReplication_Replica(), this.getComponent(), null, "replica", null, 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataReplication_Mode(), this.getReplicationMode(), "mode", null, 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataReplication_LagHours(), ecorePackage.getEDouble(), "lagHours", "0", 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataReplication_IntervalHours(), ecorePackage.getEDouble(), "intervalHours", "24", 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataReplication_RestoreHours(), ecorePackage.getEDouble(), "restoreHours", "0", 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataReplication_FailoverHours(), ecorePackage.getEDouble(), "failoverHours", "0", 0, 1, DataReplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_ExtraCapex(), ecorePackage.getEDouble(), "extraCapex", "0", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_ExtraOpexPerYear(), ecorePackage.getEDouble(), "extraOpexPerYear", "0", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Changes(), this.getChange(), null, "changes", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(changeEClass, Change.class, "Change", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(parameterChangeEClass, ParameterChange.class, "ParameterChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getParameterChange_Component(), this.getComponent(), null, "component", null, 0, 1, ParameterChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterChange_Parameter(), this.getComponentParameter(), "parameter", null, 0, 1, ParameterChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterChange_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, ParameterChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enablementChangeEClass, EnablementChange.class, "EnablementChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnablementChange_Element(), this.getDiagramElement(), null, "element", null, 0, 1, EnablementChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnablementChange_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, EnablementChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kofNChangeEClass, KofNChange.class, "KofNChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKofNChange_Node(), this.getKofN(), null, "node", null, 0, 1, KofNChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKofNChange_K(), ecorePackage.getEInt(), "k", null, 0, 1, KofNChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standbyChangeEClass, StandbyChange.class, "StandbyChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandbyChange_Group(), this.getStandbyGroup(), null, "group", null, 0, 1, StandbyChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyChange_Mode(), this.getStandbyMode(), "mode", null, 0, 1, StandbyChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyChange_SwitchoverHours(), ecorePackage.getEDouble(), "switchoverHours", null, 0, 1, StandbyChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandbyChange_SwitchFailureProbability(), ecorePackage.getEDouble(), "switchFailureProbability", null, 0, 1, StandbyChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commonCauseChangeEClass, CommonCauseChange.class, "CommonCauseChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommonCauseChange_Group(), this.getCommonCauseGroup(), null, "group", null, 0, 1, CommonCauseChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommonCauseChange_Beta(), ecorePackage.getEDouble(), "beta", null, 0, 1, CommonCauseChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(componentKindEEnum, ComponentKind.class, "ComponentKind");
		addEEnumLiteral(componentKindEEnum, ComponentKind.SERVER);
		addEEnumLiteral(componentKindEEnum, ComponentKind.VIRTUAL_MACHINE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.DATABASE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.STORAGE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.NETWORK_SWITCH);
		addEEnumLiteral(componentKindEEnum, ComponentKind.ROUTER);
		addEEnumLiteral(componentKindEEnum, ComponentKind.FIREWALL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.LOAD_BALANCER);
		addEEnumLiteral(componentKindEEnum, ComponentKind.LINK);
		addEEnumLiteral(componentKindEEnum, ComponentKind.POWER_FEED);
		addEEnumLiteral(componentKindEEnum, ComponentKind.UPS);
		addEEnumLiteral(componentKindEEnum, ComponentKind.GENERATOR);
		addEEnumLiteral(componentKindEEnum, ComponentKind.COOLING);
		addEEnumLiteral(componentKindEEnum, ComponentKind.OPERATING_SYSTEM);
		addEEnumLiteral(componentKindEEnum, ComponentKind.APPLICATION);
		addEEnumLiteral(componentKindEEnum, ComponentKind.SITE_SERVICE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.OTHER);

		initEEnum(standbyModeEEnum, StandbyMode.class, "StandbyMode");
		addEEnumLiteral(standbyModeEEnum, StandbyMode.COLD);
		addEEnumLiteral(standbyModeEEnum, StandbyMode.WARM);
		addEEnumLiteral(standbyModeEEnum, StandbyMode.HOT);

		initEEnum(riskCategoryEEnum, RiskCategory.class, "RiskCategory");
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.HARDWARE);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.NETWORK);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.POWER);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.CYBER_ATTACK);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.NATURAL_DISASTER);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.HUMAN_ERROR);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.SOFTWARE);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.SUPPLIER);
		addEEnumLiteral(riskCategoryEEnum, RiskCategory.OTHER);

		initEEnum(riskStatusEEnum, RiskStatus.class, "RiskStatus");
		addEEnumLiteral(riskStatusEEnum, RiskStatus.OPEN);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.MITIGATING);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.MITIGATED);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.ACCEPTED);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.CLOSED);

		initEEnum(crewPolicyEEnum, CrewPolicy.class, "CrewPolicy");
		addEEnumLiteral(crewPolicyEEnum, CrewPolicy.FIFO);
		addEEnumLiteral(crewPolicyEEnum, CrewPolicy.PRIORITY);

		initEEnum(redundancyModeEEnum, RedundancyMode.class, "RedundancyMode");
		addEEnumLiteral(redundancyModeEEnum, RedundancyMode.ACTIVE);
		addEEnumLiteral(redundancyModeEEnum, RedundancyMode.COLD_STANDBY);
		addEEnumLiteral(redundancyModeEEnum, RedundancyMode.WARM_STANDBY);

		initEEnum(replicationModeEEnum, ReplicationMode.class, "ReplicationMode");
		addEEnumLiteral(replicationModeEEnum, ReplicationMode.SYNCHRONOUS);
		addEEnumLiteral(replicationModeEEnum, ReplicationMode.ASYNCHRONOUS);
		addEEnumLiteral(replicationModeEEnum, ReplicationMode.PERIODIC);
		addEEnumLiteral(replicationModeEEnum, ReplicationMode.BACKUP);

		initEEnum(componentParameterEEnum, ComponentParameter.class, "ComponentParameter");
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.MTBF_HOURS);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.MTTR_HOURS);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.FAILURE_PROBABILITY);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.WEIBULL_SHAPE);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.WEIBULL_SCALE_HOURS);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.CAPEX);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.OPEX_PER_YEAR);
		addEEnumLiteral(componentParameterEEnum, ComponentParameter.SERVICE_LIFE_YEARS);

		// Create resource
		createResource(eNS_URI);
	}

} //NinesPackageImpl
