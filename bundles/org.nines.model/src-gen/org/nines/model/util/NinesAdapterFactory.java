/**
 */
package org.nines.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.nines.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.nines.model.NinesPackage
 * @generated
 */
public class NinesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NinesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NinesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = NinesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NinesSwitch<Adapter> modelSwitch =
		new NinesSwitch<Adapter>() {
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter caseSystemModel(SystemModel object) {
				return createSystemModelAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseComponent(Component object) {
				return createComponentAdapter();
			}
			@Override
			public Adapter caseFailureModel(FailureModel object) {
				return createFailureModelAdapter();
			}
			@Override
			public Adapter caseExponentialFailure(ExponentialFailure object) {
				return createExponentialFailureAdapter();
			}
			@Override
			public Adapter caseWeibullFailure(WeibullFailure object) {
				return createWeibullFailureAdapter();
			}
			@Override
			public Adapter caseLognormalFailure(LognormalFailure object) {
				return createLognormalFailureAdapter();
			}
			@Override
			public Adapter caseNormalFailure(NormalFailure object) {
				return createNormalFailureAdapter();
			}
			@Override
			public Adapter caseUniformFailure(UniformFailure object) {
				return createUniformFailureAdapter();
			}
			@Override
			public Adapter caseFixedProbabilityFailure(FixedProbabilityFailure object) {
				return createFixedProbabilityFailureAdapter();
			}
			@Override
			public Adapter caseRepairModel(RepairModel object) {
				return createRepairModelAdapter();
			}
			@Override
			public Adapter caseExponentialRepair(ExponentialRepair object) {
				return createExponentialRepairAdapter();
			}
			@Override
			public Adapter caseLognormalRepair(LognormalRepair object) {
				return createLognormalRepairAdapter();
			}
			@Override
			public Adapter caseNormalRepair(NormalRepair object) {
				return createNormalRepairAdapter();
			}
			@Override
			public Adapter caseUniformRepair(UniformRepair object) {
				return createUniformRepairAdapter();
			}
			@Override
			public Adapter caseFixedRepair(FixedRepair object) {
				return createFixedRepairAdapter();
			}
			@Override
			public Adapter caseNonRepairable(NonRepairable object) {
				return createNonRepairableAdapter();
			}
			@Override
			public Adapter caseDiagram(Diagram object) {
				return createDiagramAdapter();
			}
			@Override
			public Adapter caseBounds(Bounds object) {
				return createBoundsAdapter();
			}
			@Override
			public Adapter caseBendPoint(BendPoint object) {
				return createBendPointAdapter();
			}
			@Override
			public Adapter caseDiagramElement(DiagramElement object) {
				return createDiagramElementAdapter();
			}
			@Override
			public Adapter caseDiagramNode(DiagramNode object) {
				return createDiagramNodeAdapter();
			}
			@Override
			public Adapter caseStart(Start object) {
				return createStartAdapter();
			}
			@Override
			public Adapter caseEnd(End object) {
				return createEndAdapter();
			}
			@Override
			public Adapter caseBlock(Block object) {
				return createBlockAdapter();
			}
			@Override
			public Adapter caseKofN(KofN object) {
				return createKofNAdapter();
			}
			@Override
			public Adapter caseSubDiagramBlock(SubDiagramBlock object) {
				return createSubDiagramBlockAdapter();
			}
			@Override
			public Adapter caseStandbyGroup(StandbyGroup object) {
				return createStandbyGroupAdapter();
			}
			@Override
			public Adapter caseConnector(Connector object) {
				return createConnectorAdapter();
			}
			@Override
			public Adapter caseCommonCauseGroup(CommonCauseGroup object) {
				return createCommonCauseGroupAdapter();
			}
			@Override
			public Adapter caseRisk(Risk object) {
				return createRiskAdapter();
			}
			@Override
			public Adapter caseSparePool(SparePool object) {
				return createSparePoolAdapter();
			}
			@Override
			public Adapter caseOptimizationSubsystem(OptimizationSubsystem object) {
				return createOptimizationSubsystemAdapter();
			}
			@Override
			public Adapter caseDesignOption(DesignOption object) {
				return createDesignOptionAdapter();
			}
			@Override
			public Adapter caseDataReplication(DataReplication object) {
				return createDataReplicationAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseChange(Change object) {
				return createChangeAdapter();
			}
			@Override
			public Adapter caseParameterChange(ParameterChange object) {
				return createParameterChangeAdapter();
			}
			@Override
			public Adapter caseEnablementChange(EnablementChange object) {
				return createEnablementChangeAdapter();
			}
			@Override
			public Adapter caseKofNChange(KofNChange object) {
				return createKofNChangeAdapter();
			}
			@Override
			public Adapter caseStandbyChange(StandbyChange object) {
				return createStandbyChangeAdapter();
			}
			@Override
			public Adapter caseCommonCauseChange(CommonCauseChange object) {
				return createCommonCauseChangeAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.SystemModel <em>System Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.SystemModel
	 * @generated
	 */
	public Adapter createSystemModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Component
	 * @generated
	 */
	public Adapter createComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.FailureModel <em>Failure Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.FailureModel
	 * @generated
	 */
	public Adapter createFailureModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.ExponentialFailure <em>Exponential Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.ExponentialFailure
	 * @generated
	 */
	public Adapter createExponentialFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.WeibullFailure <em>Weibull Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.WeibullFailure
	 * @generated
	 */
	public Adapter createWeibullFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.LognormalFailure <em>Lognormal Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.LognormalFailure
	 * @generated
	 */
	public Adapter createLognormalFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.NormalFailure <em>Normal Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.NormalFailure
	 * @generated
	 */
	public Adapter createNormalFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.UniformFailure <em>Uniform Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.UniformFailure
	 * @generated
	 */
	public Adapter createUniformFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.FixedProbabilityFailure <em>Fixed Probability Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.FixedProbabilityFailure
	 * @generated
	 */
	public Adapter createFixedProbabilityFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.RepairModel <em>Repair Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.RepairModel
	 * @generated
	 */
	public Adapter createRepairModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.ExponentialRepair <em>Exponential Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.ExponentialRepair
	 * @generated
	 */
	public Adapter createExponentialRepairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.LognormalRepair <em>Lognormal Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.LognormalRepair
	 * @generated
	 */
	public Adapter createLognormalRepairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.NormalRepair <em>Normal Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.NormalRepair
	 * @generated
	 */
	public Adapter createNormalRepairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.UniformRepair <em>Uniform Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.UniformRepair
	 * @generated
	 */
	public Adapter createUniformRepairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.FixedRepair <em>Fixed Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.FixedRepair
	 * @generated
	 */
	public Adapter createFixedRepairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.NonRepairable <em>Non Repairable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.NonRepairable
	 * @generated
	 */
	public Adapter createNonRepairableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Diagram
	 * @generated
	 */
	public Adapter createDiagramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Bounds <em>Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Bounds
	 * @generated
	 */
	public Adapter createBoundsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.BendPoint <em>Bend Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.BendPoint
	 * @generated
	 */
	public Adapter createBendPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.DiagramElement <em>Diagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.DiagramElement
	 * @generated
	 */
	public Adapter createDiagramElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.DiagramNode
	 * @generated
	 */
	public Adapter createDiagramNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Start <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Start
	 * @generated
	 */
	public Adapter createStartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.End <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.End
	 * @generated
	 */
	public Adapter createEndAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Block
	 * @generated
	 */
	public Adapter createBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.KofN <em>Kof N</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.KofN
	 * @generated
	 */
	public Adapter createKofNAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.SubDiagramBlock <em>Sub Diagram Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.SubDiagramBlock
	 * @generated
	 */
	public Adapter createSubDiagramBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.StandbyGroup <em>Standby Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.StandbyGroup
	 * @generated
	 */
	public Adapter createStandbyGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Connector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Connector
	 * @generated
	 */
	public Adapter createConnectorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.CommonCauseGroup <em>Common Cause Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.CommonCauseGroup
	 * @generated
	 */
	public Adapter createCommonCauseGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Risk
	 * @generated
	 */
	public Adapter createRiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.SparePool <em>Spare Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.SparePool
	 * @generated
	 */
	public Adapter createSparePoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.OptimizationSubsystem <em>Optimization Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.OptimizationSubsystem
	 * @generated
	 */
	public Adapter createOptimizationSubsystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.DesignOption <em>Design Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.DesignOption
	 * @generated
	 */
	public Adapter createDesignOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.DataReplication <em>Data Replication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.DataReplication
	 * @generated
	 */
	public Adapter createDataReplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.Change <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.Change
	 * @generated
	 */
	public Adapter createChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.ParameterChange <em>Parameter Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.ParameterChange
	 * @generated
	 */
	public Adapter createParameterChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.EnablementChange <em>Enablement Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.EnablementChange
	 * @generated
	 */
	public Adapter createEnablementChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.KofNChange <em>Kof NChange</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.KofNChange
	 * @generated
	 */
	public Adapter createKofNChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.StandbyChange <em>Standby Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.StandbyChange
	 * @generated
	 */
	public Adapter createStandbyChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nines.model.CommonCauseChange <em>Common Cause Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nines.model.CommonCauseChange
	 * @generated
	 */
	public Adapter createCommonCauseChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //NinesAdapterFactory
