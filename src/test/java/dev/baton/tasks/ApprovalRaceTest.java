package dev.baton.tasks;

/** Approvals racing withdrawals, on the embedded H2 database. */
class ApprovalRaceTest extends ApprovalRaceContract {

}
