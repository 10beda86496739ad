import Foundation

/// A value computed on first use, once, safely from several threads (for indexes that only some rules need).
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// The value, computed the first time.
    var wrapped: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// A value built once, on first use, by whichever thread asks first (the others wait for it). Unlike `Lazy`, the
/// builder is given at first use, so it may read the object that owns the value.
final class LazyValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// The value, built by `build` on the first call.
    func get(_ build: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let built = build()
        value = built
        return built
    }
}
