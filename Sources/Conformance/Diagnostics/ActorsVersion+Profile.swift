import Kernel

extension ActorsVersion {
    /// The release a network runs (nv17 runs v9, nv18 runs v10); nil for networks this VM lacks.
    public init?(profile: NetworkProfile) {
        switch profile.networkVersion {
        case .v17: self = .v9
        case .v18: self = .v10
        default: return nil
        }
    }
}
