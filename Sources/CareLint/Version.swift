/// CareLint version.
public enum CareLintVersion { public static let string = "0.1.0" }
