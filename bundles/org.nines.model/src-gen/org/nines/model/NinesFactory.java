/**
 */
package org.nines.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.nines.model.NinesPackage
 * @generated
 */
public interface NinesFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NinesFactory eINSTANCE = org.nines.model.impl.NinesFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>System Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System Model</em>'.
	 * @generated
	 */
	SystemModel createSystemModel();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component</em>'.
	 * @generated
	 */
	Component createComponent();

	/**
	 * Returns a new object of class '<em>Exponential Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exponential Failure</em>'.
	 * @generated
	 */
	ExponentialFailure createExponentialFailure();

	/**
	 * Returns a new object of class '<em>Weibull Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Weibull Failure</em>'.
	 * @generated
	 */
	WeibullFailure createWeibullFailure();

	/**
	 * Returns a new object of class '<em>Lognormal Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lognormal Failure</em>'.
	 * @generated
	 */
	LognormalFailure createLognormalFailure();

	/**
	 * Returns a new object of class '<em>Normal Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Normal Failure</em>'.
	 * @generated
	 */
	NormalFailure createNormalFailure();

	/**
	 * Returns a new object of class '<em>Uniform Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uniform Failure</em>'.
	 * @generated
	 */
	UniformFailure createUniformFailure();

	/**
	 * Returns a new object of class '<em>Fixed Probability Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Probability Failure</em>'.
	 * @generated
	 */
	FixedProbabilityFailure createFixedProbabilityFailure();

	/**
	 * Returns a new object of class '<em>Exponential Repair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exponential Repair</em>'.
	 * @generated
	 */
	ExponentialRepair createExponentialRepair();

	/**
	 * Returns a new object of class '<em>Lognormal Repair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lognormal Repair</em>'.
	 * @generated
	 */
	LognormalRepair createLognormalRepair();

	/**
	 * Returns a new object of class '<em>Normal Repair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Normal Repair</em>'.
	 * @generated
	 */
	NormalRepair createNormalRepair();

	/**
	 * Returns a new object of class '<em>Uniform Repair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uniform Repair</em>'.
	 * @generated
	 */
	UniformRepair createUniformRepair();

	/**
	 * Returns a new object of class '<em>Fixed Repair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Repair</em>'.
	 * @generated
	 */
	FixedRepair createFixedRepair();

	/**
	 * Returns a new object of class '<em>Non Repairable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Non Repairable</em>'.
	 * @generated
	 */
	NonRepairable createNonRepairable();

	/**
	 * Returns a new object of class '<em>Diagram</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram</em>'.
	 * @generated
	 */
	Diagram createDiagram();

	/**
	 * Returns a new object of class '<em>Bounds</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bounds</em>'.
	 * @generated
	 */
	Bounds createBounds();

	/**
	 * Returns a new object of class '<em>Bend Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bend Point</em>'.
	 * @generated
	 */
	BendPoint createBendPoint();

	/**
	 * Returns a new object of class '<em>Start</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Start</em>'.
	 * @generated
	 */
	Start createStart();

	/**
	 * Returns a new object of class '<em>End</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>End</em>'.
	 * @generated
	 */
	End createEnd();

	/**
	 * Returns a new object of class '<em>Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block</em>'.
	 * @generated
	 */
	Block createBlock();

	/**
	 * Returns a new object of class '<em>Kof N</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kof N</em>'.
	 * @generated
	 */
	KofN createKofN();

	/**
	 * Returns a new object of class '<em>Sub Diagram Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sub Diagram Block</em>'.
	 * @generated
	 */
	SubDiagramBlock createSubDiagramBlock();

	/**
	 * Returns a new object of class '<em>Standby Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standby Group</em>'.
	 * @generated
	 */
	StandbyGroup createStandbyGroup();

	/**
	 * Returns a new object of class '<em>Connector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connector</em>'.
	 * @generated
	 */
	Connector createConnector();

	/**
	 * Returns a new object of class '<em>Common Cause Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Common Cause Group</em>'.
	 * @generated
	 */
	CommonCauseGroup createCommonCauseGroup();

	/**
	 * Returns a new object of class '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk</em>'.
	 * @generated
	 */
	Risk createRisk();

	/**
	 * Returns a new object of class '<em>Spare Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spare Pool</em>'.
	 * @generated
	 */
	SparePool createSparePool();

	/**
	 * Returns a new object of class '<em>Optimization Subsystem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Optimization Subsystem</em>'.
	 * @generated
	 */
	OptimizationSubsystem createOptimizationSubsystem();

	/**
	 * Returns a new object of class '<em>Design Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Design Option</em>'.
	 * @generated
	 */
	DesignOption createDesignOption();

	/**
	 * Returns a new object of class '<em>Data Replication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Replication</em>'.
	 * @generated
	 */
	DataReplication createDataReplication();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Parameter Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Change</em>'.
	 * @generated
	 */
	ParameterChange createParameterChange();

	/**
	 * Returns a new object of class '<em>Enablement Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enablement Change</em>'.
	 * @generated
	 */
	EnablementChange createEnablementChange();

	/**
	 * Returns a new object of class '<em>Kof NChange</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kof NChange</em>'.
	 * @generated
	 */
	KofNChange createKofNChange();

	/**
	 * Returns a new object of class '<em>Standby Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standby Change</em>'.
	 * @generated
	 */
	StandbyChange createStandbyChange();

	/**
	 * Returns a new object of class '<em>Common Cause Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Common Cause Change</em>'.
	 * @generated
	 */
	CommonCauseChange createCommonCauseChange();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NinesPackage getNinesPackage();

} //NinesFactory
