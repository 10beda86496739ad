import Foundation

/// Requests the server sent to the client and has not heard back on, with what to do with each answer.
struct OutgoingRequests {
    /// Runs on the server queue with the client's answer.
    typealias Callback = @Sendable (Result<Data, ResponseError>) -> Void

    private var pending: [RequestID: Callback] = [:]
    private var nextID = 1

    /// Takes a new id for a request and remembers its callback.
    mutating func register(_ callback: @escaping Callback) -> RequestID {
        let id = RequestID.string("carelint-\(nextID)")
        nextID += 1
        pending[id] = callback
        return id
    }

    /// The callback of the request a response answers, forgotten as it is taken (nil: the server never asked).
    mutating func take(_ id: RequestID) -> Callback? {
        pending.removeValue(forKey: id)
    }
}
