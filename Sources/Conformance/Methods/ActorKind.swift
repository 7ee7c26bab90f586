import Actors

/// The builtin actor kinds, defined beside the manifest (the kernel needs them too) and named
/// here so the harness and its reports can keep saying `ActorKind` without importing Actors.
public typealias ActorKind = Actors.ActorKind
