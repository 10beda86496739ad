/// The CareLint language server library.
public enum CareLintServerInfo {}
