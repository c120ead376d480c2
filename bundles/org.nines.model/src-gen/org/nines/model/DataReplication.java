/**
 */
package org.nines.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Replication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data copied from a primary component to a replica: what a failover to the replica (or a restore) loses and how long it takes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nines.model.DataReplication#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getReplica <em>Replica</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getMode <em>Mode</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getLagHours <em>Lag Hours</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getIntervalHours <em>Interval Hours</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getRestoreHours <em>Restore Hours</em>}</li>
 *   <li>{@link org.nines.model.DataReplication#getFailoverHours <em>Failover Hours</em>}</li>
 * </ul>
 *
 * @see org.nines.model.NinesPackage#getDataReplication()
 * @model
 * @generated
 */
public interface DataReplication extends Element {
	/**
	 * Returns the value of the '<em><b>Primary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data is written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary</em>' reference.
	 * @see #setPrimary(Component)
	 * @see org.nines.model.NinesPackage#getDataReplication_Primary()
	 * @model
	 * @generated
	 */
	Component getPrimary();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getPrimary <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' reference.
	 * @see #getPrimary()
	 * @generated
	 */
	void setPrimary(Component value);

	/**
	 * Returns the value of the '<em><b>Replica</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the copy is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replica</em>' reference.
	 * @see #setReplica(Component)
	 * @see org.nines.model.NinesPackage#getDataReplication_Replica()
	 * @model
	 * @generated
	 */
	Component getReplica();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getReplica <em>Replica</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replica</em>' reference.
	 * @see #getReplica()
	 * @generated
	 */
	void setReplica(Component value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nines.model.ReplicationMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the copy is made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.ReplicationMode
	 * @see #setMode(ReplicationMode)
	 * @see org.nines.model.NinesPackage#getDataReplication_Mode()
	 * @model
	 * @generated
	 */
	ReplicationMode getMode();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.nines.model.ReplicationMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ReplicationMode value);

	/**
	 * Returns the value of the '<em><b>Lag Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typical replication lag for asynchronous replication, hours (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lag Hours</em>' attribute.
	 * @see #setLagHours(double)
	 * @see org.nines.model.NinesPackage#getDataReplication_LagHours()
	 * @model default="0"
	 * @generated
	 */
	double getLagHours();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getLagHours <em>Lag Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Hours</em>' attribute.
	 * @see #getLagHours()
	 * @generated
	 */
	void setLagHours(double value);

	/**
	 * Returns the value of the '<em><b>Interval Hours</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interval between copies for periodic replication and backups, hours (> 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval Hours</em>' attribute.
	 * @see #setIntervalHours(double)
	 * @see org.nines.model.NinesPackage#getDataReplication_IntervalHours()
	 * @model default="24"
	 * @generated
	 */
	double getIntervalHours();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getIntervalHours <em>Interval Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Hours</em>' attribute.
	 * @see #getIntervalHours()
	 * @generated
	 */
	void setIntervalHours(double value);

	/**
	 * Returns the value of the '<em><b>Restore Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to restore from backup before the service can resume, hours (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restore Hours</em>' attribute.
	 * @see #setRestoreHours(double)
	 * @see org.nines.model.NinesPackage#getDataReplication_RestoreHours()
	 * @model default="0"
	 * @generated
	 */
	double getRestoreHours();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getRestoreHours <em>Restore Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restore Hours</em>' attribute.
	 * @see #getRestoreHours()
	 * @generated
	 */
	void setRestoreHours(double value);

	/**
	 * Returns the value of the '<em><b>Failover Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to switch the service to the replica, hours (>= 0); a standby group's switch-over time applies when the pair is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failover Hours</em>' attribute.
	 * @see #setFailoverHours(double)
	 * @see org.nines.model.NinesPackage#getDataReplication_FailoverHours()
	 * @model default="0"
	 * @generated
	 */
	double getFailoverHours();

	/**
	 * Sets the value of the '{@link org.nines.model.DataReplication#getFailoverHours <em>Failover Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failover Hours</em>' attribute.
	 * @see #getFailoverHours()
	 * @generated
	 */
	void setFailoverHours(double value);

} // DataReplication
