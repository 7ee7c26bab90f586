import Actors
import IPLD

/// The rules of the executor, call manager and kernel that differ between FVM v2 (nv17) and
/// FVM v3 (nv18). Each field names one behaviour; a network profile holds one value of this.
public struct ExecutionRules: Sendable {
    /// Actor kinds that may send top-level messages.
    public var validSenderKinds: [ActorKind]
    /// v3: a placeholder with nonce 0 and an f4 address in the EAM namespace may send, becoming an ethaccount.
    public var promotesPlaceholderSenders: Bool
    /// Codec of the top-level params block.
    public var topLevelParamsCodec: ParamsCodecRule
    /// When the top-level return value is charged.
    public var returnValueCharge: ReturnValueCharge
    /// Order of the charges, checks and transfer inside a resolved send.
    public var sendOrder: SendOrder
    /// v3: first reads and writes of an actor in a message are charged (state-access tracker).
    public var chargesStateAccess: Bool
    /// A send fails with LimitExceeded when the current depth is at least this.
    public var maxCallDepth: Int
    /// v3: a send to an unknown f4 address in the EAM namespace creates a placeholder.
    public var createsPlaceholders: Bool
    /// Codec of the params of the account constructor called on auto-creation.
    public var accountConstructorCodec: UInt64
    /// Order of the BLS-zero-address check relative to the creation charge (v2: after, v3: before).
    public var checksBLSZeroBeforeCharge: Bool
    /// How robust (f2) addresses are derived.
    public var actorAddressDerivation: ActorAddressDerivation
    /// How an actor's request to end its invocation is interpreted.
    public var exitSemantics: ExitSemantics
    /// Codecs the block registry accepts.
    public var allowedBlockCodecs: Set<UInt64>
    /// Largest block `block_create` accepts (v3: 1 MiB).
    public var maxBlockSize: Int?
    /// v2 resolves a non-key signer through its account state; v3 accepts key addresses only.
    public var resolvesSignerThroughAccount: Bool
    /// v2 charges for hashing before checking the hash code; v3 checks first.
    public var chargesHashBeforeCheck: Bool
    /// v3: Wasm instantiation charges for initial memory and a failed instantiation is exit 4 (v2: fatal).
    public var chargesWasmInit: Bool
    /// Who may call `create_actor`: v2 anyone (builtin, non-singleton code), v3 the init actor only.
    public var createActorRestriction: CreateActorRestriction

    /// Codec of the top-level params block.
    public enum ParamsCodecRule: Sendable {
        case dagCBOR
        /// RAW for method 0, CBOR otherwise.
        case rawForMethodZeroElseCBOR

        public func codec(method: UInt64) -> UInt64 {
            switch self {
            case .dagCBOR: CID.Codec.dagCBOR
            case .rawForMethodZeroElseCBOR: method == 0 ? CID.Codec.raw : CID.Codec.cbor
            }
        }
    }

    public enum ReturnValueCharge: Sendable {
        /// v2: only for a successful return (also when empty).
        case onSuccess
        /// v3: whenever a return block exists, whatever the exit code.
        case wheneverPresent
    }

    public enum SendOrder: Sendable {
        /// v2: lookup, one invocation charge covering transfer, transfer, method 0 returns, invoke.
        case chargeThenTransfer
        /// v3: lookup, transfer charge and transfer, method 0 returns, invocation charge, invoke.
        case transferThenCharge
    }

    public enum ActorAddressDerivation: Sendable {
        /// v2: origin resolved to its key address; the counter increments on every request.
        case keyAddressOriginCallCounter
        /// v3: `msg.from` as written; the counter counts created actors.
        case messageFromCreatedCounter
    }

    public enum ExitSemantics: Sendable {
        /// v2 `vm.abort`: any code below 16, including 0, becomes 9; no return data.
        case abort
        /// v3 `vm.exit`: non-zero codes below 16 become 9; 0 is a successful return; a block may come back.
        case exit
    }

    public enum CreateActorRestriction: Sendable {
        case builtinNonSingleton
        case initActorOnly
    }

    /// FVM v2 (nv17).
    public static let v2 = ExecutionRules(
        validSenderKinds: [.account], promotesPlaceholderSenders: false, topLevelParamsCodec: .dagCBOR,
        returnValueCharge: .onSuccess, sendOrder: .chargeThenTransfer, chargesStateAccess: false,
        maxCallDepth: 1025, createsPlaceholders: false,
        accountConstructorCodec: CID.Codec.dagCBOR, checksBLSZeroBeforeCharge: false,
        actorAddressDerivation: .keyAddressOriginCallCounter, exitSemantics: .abort,
        allowedBlockCodecs: [CID.Codec.dagCBOR], maxBlockSize: nil, resolvesSignerThroughAccount: true,
        chargesHashBeforeCheck: true, chargesWasmInit: false, createActorRestriction: .builtinNonSingleton)

    /// FVM v3 (nv18).
    public static let v3 = ExecutionRules(
        validSenderKinds: [.account, .ethaccount], promotesPlaceholderSenders: true,
        topLevelParamsCodec: .rawForMethodZeroElseCBOR, returnValueCharge: .wheneverPresent,
        sendOrder: .transferThenCharge, chargesStateAccess: true, maxCallDepth: 1024,
        createsPlaceholders: true, accountConstructorCodec: CID.Codec.cbor,
        checksBLSZeroBeforeCharge: true, actorAddressDerivation: .messageFromCreatedCounter,
        exitSemantics: .exit, allowedBlockCodecs: [CID.Codec.cbor, CID.Codec.dagCBOR, CID.Codec.raw],
        maxBlockSize: 1 << 20, resolvesSignerThroughAccount: false, chargesHashBeforeCheck: false,
        chargesWasmInit: true, createActorRestriction: .initActorOnly)
}
