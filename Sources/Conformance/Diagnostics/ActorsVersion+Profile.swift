import Kernel

extension ActorsVersion {
    /// The release a network's profile runs; nil for a release without tables here.
    public init?(profile: NetworkProfile) {
        self.init(rawValue: profile.actorsVersion)
    }
}
