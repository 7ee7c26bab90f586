import Actors

/// Field names of the top-level state of every builtin actor (the `State` structures of
/// builtin-actors, encoded as tuples), with how each field is encoded. The layouts are the same
/// in v9 and v10 for every actor both releases have; v10 adds the EVM's.
enum ActorStateSchemas {
    static func schema(for kind: ActorKind, version: ActorsVersion) -> StateSchema? {
        if kind == .evm && version == .v9 { return nil }
        return all[kind]
    }

    static let all: [ActorKind: StateSchema] = [
        .system: StateSchema(name: "system", fields: [StateField("builtin_actors")]),
        .`init`: StateSchema(
            name: "init",
            fields: [
                StateField("address_map", .hamt(key: .address, value: .plain)), StateField("next_id"),
                StateField("network_name"),
            ]),
        .cron: StateSchema(name: "cron", fields: [StateField("entries")]),
        .account: StateSchema(name: "account", fields: [StateField("address", .address)]),
        .reward: reward,
        .storagepower: power,
        .storagemarket: market,
        .storageminer: miner,
        .multisig: StateSchema(
            name: "multisig",
            fields: [
                StateField("signers"), StateField("num_approvals_threshold"), StateField("next_tx_id"),
                StateField("initial_balance", .amount), StateField("start_epoch"), StateField("unlock_duration"),
                StateField("pending_txs", .hamt(key: .raw, value: .plain)),
            ]),
        .paymentchannel: StateSchema(
            name: "paych",
            fields: [
                StateField("from", .address), StateField("to", .address), StateField("to_send", .amount),
                StateField("settling_at"),
                StateField("min_settle_height"), StateField("lane_states", .amt(value: .plain)),
            ]),
        .verifiedregistry: StateSchema(
            name: "verifreg",
            fields: [
                StateField("root_key", .address), StateField("verifiers", .hamt(key: .address, value: .bytesSize)),
                StateField("remove_data_cap_proposal_ids", .hamt(key: .raw, value: .plain)),
                StateField("allocations", .hamt(key: .number, value: .plain)), StateField("next_allocation_id"),
                StateField("claims", .hamt(key: .number, value: .plain)),
            ]),
        .datacap: StateSchema(
            name: "datacap",
            fields: [
                StateField("governor", .address),
                StateField(
                    "token",
                    .inline(
                        StateSchema(
                            name: "token",
                            fields: [
                                StateField("supply", .amount),
                                StateField("balances", .hamt(key: .number, value: .amount)),
                                StateField("allowances", .hamt(key: .number, value: .plain)),
                                StateField("hamt_bit_width"),
                            ]))),
            ]),
        .evm: StateSchema(
            name: "evm",
            fields: [
                StateField("bytecode"), StateField("bytecode_hash"),
                StateField("contract_state", .hamt(key: .raw, value: .plain)),
                StateField("nonce"), StateField("tombstone"),
            ]),
    ]

    static let reward = StateSchema(
        name: "reward",
        fields: [
            StateField("cumsum_baseline"), StateField("cumsum_realized"), StateField("effective_network_time"),
            StateField("effective_baseline_power", .bytesSize), StateField("this_epoch_reward", .amount),
            StateField("this_epoch_reward_smoothed"), StateField("this_epoch_baseline_power", .bytesSize),
            StateField("epoch"),
            StateField("total_storage_power_reward", .amount), StateField("simple_total", .amount),
            StateField("baseline_total", .amount),
        ])

    static let power = StateSchema(
        name: "power",
        fields: [
            StateField("total_raw_byte_power", .bytesSize), StateField("total_bytes_committed", .bytesSize),
            StateField("total_quality_adj_power", .bytesSize), StateField("total_qa_bytes_committed", .bytesSize),
            StateField("total_pledge_collateral", .amount), StateField("this_epoch_raw_byte_power", .bytesSize),
            StateField("this_epoch_quality_adj_power", .bytesSize), StateField("this_epoch_pledge_collateral", .amount),
            StateField("this_epoch_qa_power_smoothed"), StateField("miner_count"),
            StateField("miner_above_min_power_count"),
            StateField("cron_event_queue", .hamt(key: .raw, value: .plain)), StateField("first_cron_epoch"),
            StateField(
                "claims",
                .hamt(
                    key: .address,
                    value: .inline(
                        StateSchema(
                            name: "claim",
                            fields: [
                                StateField("window_post_proof_type"), StateField("raw_byte_power", .bytesSize),
                                StateField("quality_adj_power", .bytesSize),
                            ])))),
            StateField("proof_validation_batch"),
        ])

    static let market = StateSchema(
        name: "market",
        fields: [
            StateField("proposals", .amt(value: .plain)), StateField("states", .amt(value: .plain)),
            StateField("pending_proposals", .hamt(key: .raw, value: .plain)),
            StateField("escrow_table", .hamt(key: .address, value: .amount)),
            StateField("locked_table", .hamt(key: .address, value: .amount)), StateField("next_id"),
            StateField("deal_ops_by_epoch", .hamt(key: .raw, value: .plain)), StateField("last_cron"),
            StateField("total_client_locked_collateral", .amount),
            StateField("total_provider_locked_collateral", .amount),
            StateField("total_client_storage_fee", .amount),
            StateField("pending_deal_allocation_ids", .hamt(key: .number, value: .plain)),
        ])

    static let miner = StateSchema(
        name: "miner",
        fields: [
            StateField("info", .linked(minerInfo)), StateField("pre_commit_deposits", .amount),
            StateField("locked_funds", .amount),
            StateField("vesting_funds"), StateField("fee_debt", .amount), StateField("initial_pledge", .amount),
            StateField("pre_committed_sectors", .hamt(key: .number, value: .plain)),
            StateField("pre_committed_sectors_cleanup", .amt(value: .plain)), StateField("allocated_sectors"),
            StateField("sectors", .amt(value: .plain)), StateField("proving_period_start"),
            StateField("current_deadline"),
            StateField("deadlines"), StateField("early_terminations"), StateField("deadline_cron_active"),
        ])

    static let minerInfo = StateSchema(
        name: "miner info",
        fields: [
            StateField("owner", .address), StateField("worker", .address), StateField("control_addresses"),
            StateField("pending_worker_key"), StateField("peer_id"), StateField("multi_address"),
            StateField("window_post_proof_type"), StateField("sector_size"),
            StateField("window_post_partition_sectors"),
            StateField("consensus_fault_elapsed"), StateField("pending_owner_address"),
            StateField("beneficiary", .address),
            StateField(
                "beneficiary_term",
                .inline(
                    StateSchema(
                        name: "beneficiary term",
                        fields: [
                            StateField("quota", .amount), StateField("used_quota", .amount), StateField("expiration"),
                        ]))),
            StateField("pending_beneficiary_term"),
        ])
}
