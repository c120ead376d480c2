/**
 */
package org.nines.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.nines.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.nines.model.NinesPackage
 * @generated
 */
public class NinesSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NinesPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NinesSwitch() {
		if (modelPackage == null) {
			modelPackage = NinesPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case NinesPackage.ELEMENT: {
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.SYSTEM_MODEL: {
				SystemModel systemModel = (SystemModel)theEObject;
				T result = caseSystemModel(systemModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseElement(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.COMPONENT: {
				Component component = (Component)theEObject;
				T result = caseComponent(component);
				if (result == null) result = caseElement(component);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.FAILURE_MODEL: {
				FailureModel failureModel = (FailureModel)theEObject;
				T result = caseFailureModel(failureModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.EXPONENTIAL_FAILURE: {
				ExponentialFailure exponentialFailure = (ExponentialFailure)theEObject;
				T result = caseExponentialFailure(exponentialFailure);
				if (result == null) result = caseFailureModel(exponentialFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.WEIBULL_FAILURE: {
				WeibullFailure weibullFailure = (WeibullFailure)theEObject;
				T result = caseWeibullFailure(weibullFailure);
				if (result == null) result = caseFailureModel(weibullFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.LOGNORMAL_FAILURE: {
				LognormalFailure lognormalFailure = (LognormalFailure)theEObject;
				T result = caseLognormalFailure(lognormalFailure);
				if (result == null) result = caseFailureModel(lognormalFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.NORMAL_FAILURE: {
				NormalFailure normalFailure = (NormalFailure)theEObject;
				T result = caseNormalFailure(normalFailure);
				if (result == null) result = caseFailureModel(normalFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.UNIFORM_FAILURE: {
				UniformFailure uniformFailure = (UniformFailure)theEObject;
				T result = caseUniformFailure(uniformFailure);
				if (result == null) result = caseFailureModel(uniformFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.FIXED_PROBABILITY_FAILURE: {
				FixedProbabilityFailure fixedProbabilityFailure = (FixedProbabilityFailure)theEObject;
				T result = caseFixedProbabilityFailure(fixedProbabilityFailure);
				if (result == null) result = caseFailureModel(fixedProbabilityFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.REPAIR_MODEL: {
				RepairModel repairModel = (RepairModel)theEObject;
				T result = caseRepairModel(repairModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.EXPONENTIAL_REPAIR: {
				ExponentialRepair exponentialRepair = (ExponentialRepair)theEObject;
				T result = caseExponentialRepair(exponentialRepair);
				if (result == null) result = caseRepairModel(exponentialRepair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.LOGNORMAL_REPAIR: {
				LognormalRepair lognormalRepair = (LognormalRepair)theEObject;
				T result = caseLognormalRepair(lognormalRepair);
				if (result == null) result = caseRepairModel(lognormalRepair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.NORMAL_REPAIR: {
				NormalRepair normalRepair = (NormalRepair)theEObject;
				T result = caseNormalRepair(normalRepair);
				if (result == null) result = caseRepairModel(normalRepair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.UNIFORM_REPAIR: {
				UniformRepair uniformRepair = (UniformRepair)theEObject;
				T result = caseUniformRepair(uniformRepair);
				if (result == null) result = caseRepairModel(uniformRepair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.FIXED_REPAIR: {
				FixedRepair fixedRepair = (FixedRepair)theEObject;
				T result = caseFixedRepair(fixedRepair);
				if (result == null) result = caseRepairModel(fixedRepair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.NON_REPAIRABLE: {
				NonRepairable nonRepairable = (NonRepairable)theEObject;
				T result = caseNonRepairable(nonRepairable);
				if (result == null) result = caseRepairModel(nonRepairable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.DIAGRAM: {
				Diagram diagram = (Diagram)theEObject;
				T result = caseDiagram(diagram);
				if (result == null) result = caseElement(diagram);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.BOUNDS: {
				Bounds bounds = (Bounds)theEObject;
				T result = caseBounds(bounds);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.BEND_POINT: {
				BendPoint bendPoint = (BendPoint)theEObject;
				T result = caseBendPoint(bendPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.DIAGRAM_ELEMENT: {
				DiagramElement diagramElement = (DiagramElement)theEObject;
				T result = caseDiagramElement(diagramElement);
				if (result == null) result = caseElement(diagramElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.DIAGRAM_NODE: {
				DiagramNode diagramNode = (DiagramNode)theEObject;
				T result = caseDiagramNode(diagramNode);
				if (result == null) result = caseDiagramElement(diagramNode);
				if (result == null) result = caseElement(diagramNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.START: {
				Start start = (Start)theEObject;
				T result = caseStart(start);
				if (result == null) result = caseDiagramNode(start);
				if (result == null) result = caseDiagramElement(start);
				if (result == null) result = caseElement(start);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.END: {
				End end = (End)theEObject;
				T result = caseEnd(end);
				if (result == null) result = caseDiagramNode(end);
				if (result == null) result = caseDiagramElement(end);
				if (result == null) result = caseElement(end);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.BLOCK: {
				Block block = (Block)theEObject;
				T result = caseBlock(block);
				if (result == null) result = caseDiagramNode(block);
				if (result == null) result = caseDiagramElement(block);
				if (result == null) result = caseElement(block);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.KOF_N: {
				KofN kofN = (KofN)theEObject;
				T result = caseKofN(kofN);
				if (result == null) result = caseDiagramNode(kofN);
				if (result == null) result = caseDiagramElement(kofN);
				if (result == null) result = caseElement(kofN);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.SUB_DIAGRAM_BLOCK: {
				SubDiagramBlock subDiagramBlock = (SubDiagramBlock)theEObject;
				T result = caseSubDiagramBlock(subDiagramBlock);
				if (result == null) result = caseDiagramNode(subDiagramBlock);
				if (result == null) result = caseDiagramElement(subDiagramBlock);
				if (result == null) result = caseElement(subDiagramBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.STANDBY_GROUP: {
				StandbyGroup standbyGroup = (StandbyGroup)theEObject;
				T result = caseStandbyGroup(standbyGroup);
				if (result == null) result = caseDiagramNode(standbyGroup);
				if (result == null) result = caseDiagramElement(standbyGroup);
				if (result == null) result = caseElement(standbyGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.CONNECTOR: {
				Connector connector = (Connector)theEObject;
				T result = caseConnector(connector);
				if (result == null) result = caseDiagramElement(connector);
				if (result == null) result = caseElement(connector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.COMMON_CAUSE_GROUP: {
				CommonCauseGroup commonCauseGroup = (CommonCauseGroup)theEObject;
				T result = caseCommonCauseGroup(commonCauseGroup);
				if (result == null) result = caseElement(commonCauseGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.RISK: {
				Risk risk = (Risk)theEObject;
				T result = caseRisk(risk);
				if (result == null) result = caseElement(risk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.SPARE_POOL: {
				SparePool sparePool = (SparePool)theEObject;
				T result = caseSparePool(sparePool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.OPTIMIZATION_SUBSYSTEM: {
				OptimizationSubsystem optimizationSubsystem = (OptimizationSubsystem)theEObject;
				T result = caseOptimizationSubsystem(optimizationSubsystem);
				if (result == null) result = caseElement(optimizationSubsystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.DESIGN_OPTION: {
				DesignOption designOption = (DesignOption)theEObject;
				T result = caseDesignOption(designOption);
				if (result == null) result = caseElement(designOption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.DATA_REPLICATION: {
				DataReplication dataReplication = (DataReplication)theEObject;
				T result = caseDataReplication(dataReplication);
				if (result == null) result = caseElement(dataReplication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.CHANGE: {
				Change change = (Change)theEObject;
				T result = caseChange(change);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.PARAMETER_CHANGE: {
				ParameterChange parameterChange = (ParameterChange)theEObject;
				T result = caseParameterChange(parameterChange);
				if (result == null) result = caseChange(parameterChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.ENABLEMENT_CHANGE: {
				EnablementChange enablementChange = (EnablementChange)theEObject;
				T result = caseEnablementChange(enablementChange);
				if (result == null) result = caseChange(enablementChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.KOF_NCHANGE: {
				KofNChange kofNChange = (KofNChange)theEObject;
				T result = caseKofNChange(kofNChange);
				if (result == null) result = caseChange(kofNChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.STANDBY_CHANGE: {
				StandbyChange standbyChange = (StandbyChange)theEObject;
				T result = caseStandbyChange(standbyChange);
				if (result == null) result = caseChange(standbyChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NinesPackage.COMMON_CAUSE_CHANGE: {
				CommonCauseChange commonCauseChange = (CommonCauseChange)theEObject;
				T result = caseCommonCauseChange(commonCauseChange);
				if (result == null) result = caseChange(commonCauseChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemModel(SystemModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponent(Component object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Failure Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Failure Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFailureModel(FailureModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exponential Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exponential Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExponentialFailure(ExponentialFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Weibull Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Weibull Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWeibullFailure(WeibullFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lognormal Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lognormal Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLognormalFailure(LognormalFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Normal Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Normal Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNormalFailure(NormalFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uniform Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uniform Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUniformFailure(UniformFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Probability Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Probability Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedProbabilityFailure(FixedProbabilityFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Repair Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Repair Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepairModel(RepairModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exponential Repair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exponential Repair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExponentialRepair(ExponentialRepair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lognormal Repair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lognormal Repair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLognormalRepair(LognormalRepair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Normal Repair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Normal Repair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNormalRepair(NormalRepair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uniform Repair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uniform Repair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUniformRepair(UniformRepair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Repair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Repair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedRepair(FixedRepair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Non Repairable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Non Repairable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNonRepairable(NonRepairable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagram(Diagram object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bounds</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bounds</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBounds(Bounds object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bend Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bend Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBendPoint(BendPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramElement(DiagramElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramNode(DiagramNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Start</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Start</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStart(Start object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>End</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>End</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnd(End object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBlock(Block object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kof N</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kof N</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKofN(KofN object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sub Diagram Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sub Diagram Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubDiagramBlock(SubDiagramBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standby Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standby Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandbyGroup(StandbyGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnector(Connector object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Common Cause Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Common Cause Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommonCauseGroup(CommonCauseGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRisk(Risk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spare Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spare Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSparePool(SparePool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Optimization Subsystem</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Optimization Subsystem</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOptimizationSubsystem(OptimizationSubsystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Design Option</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Design Option</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDesignOption(DesignOption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Replication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Replication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataReplication(DataReplication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChange(Change object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterChange(ParameterChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enablement Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enablement Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnablementChange(EnablementChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kof NChange</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kof NChange</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKofNChange(KofNChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standby Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standby Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandbyChange(StandbyChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Common Cause Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Common Cause Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommonCauseChange(CommonCauseChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //NinesSwitch
