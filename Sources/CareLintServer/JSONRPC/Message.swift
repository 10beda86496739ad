import CareLint
import Foundation

/// A JSON-RPC request id: a number or a string.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }

    public var description: String {
        switch self {
        case .number(let number): "\(number)"
        case .string(let string): "\"\(string)\""
        }
    }
}

/// A JSON-RPC error object, sent in place of a result.
public struct ResponseError: Error, Codable, Sendable, Equatable {
    /// The error code (see the static members).
    public var code: Int
    /// What went wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// Invalid JSON, or a frame that could not be read.
    public static let parseError = -32700
    /// JSON that is not a valid request object (a batch, a missing method, a wrong `jsonrpc`).
    public static let invalidRequest = -32600
    /// A method the server does not know.
    public static let methodNotFound = -32601
    /// Parameters of the wrong shape, or naming something that does not exist.
    public static let invalidParams = -32602
    /// A failure inside the server.
    public static let internalError = -32603
    /// A request before `initialize`.
    public static let serverNotInitialized = -32002
    /// A request the client cancelled.
    public static let requestCancelled = -32800

    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParams, message: message) }
}

/// A message read from the peer, classified but with its parameters still undecoded.
enum IncomingMessage: Sendable {
    /// A request: it gets exactly one response.
    case request(id: RequestID, method: String, body: Data)
    /// A notification: it gets no response.
    case notification(method: String, body: Data)
    /// A response to a request the server sent.
    case response(id: RequestID, body: Data, error: ResponseError?)
    /// Something that is not a valid message; `id` is set when one could be read, so the error can name it.
    case invalid(id: RequestID?, error: ResponseError)

    /// Classifies a message body.
    static func classify(_ body: [UInt8], maximumDepth: Int) -> IncomingMessage {
        let shape = JSONShape.scan(body)
        if shape.maximumDepth > maximumDepth {
            return .invalid(id: nil, error: ResponseError(code: ResponseError.parseError, message: "Parse error: the message nests deeper than \(maximumDepth) levels"))
        }
        guard SourceDocument.isValidUTF8(body) else {
            return .invalid(id: nil, error: ResponseError(code: ResponseError.parseError, message: "Parse error: the message is not valid UTF-8, which the protocol requires"))
        }
        var first = 0
        while first < body.count, JSONShape.isWhitespace(body[first]) { first += 1 }
        if first < body.count, body[first] == UInt8(ascii: "[") {
            // JSON-RPC batches are not part of the Language Server Protocol.
            let isJSON = (try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])) != nil
            return .invalid(id: nil, error: isJSON
                ? ResponseError(code: ResponseError.invalidRequest, message: "Invalid request: batches (JSON arrays of messages) are not supported by the Language Server Protocol; send each message in its own frame")
                : ResponseError(code: ResponseError.parseError, message: "Parse error: the message is not valid JSON"))
        }
        let data = Data(body)
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            let reason = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
            return .invalid(id: nil, error: ResponseError(code: ResponseError.parseError, message: "Parse error: the message is not valid JSON (\(reason))"))
        } catch {
            return .invalid(id: nil, error: ResponseError(code: ResponseError.invalidRequest, message: "Invalid request: a message must be a JSON object"))
        }
        if let problem = envelope.problem {
            return .invalid(id: envelope.id, error: ResponseError(code: ResponseError.invalidRequest, message: "Invalid request: \(problem)"))
        }
        if let method = envelope.method {
            if let id = envelope.id { return .request(id: id, method: method, body: data) }
            return .notification(method: method, body: data)
        }
        if let id = envelope.id { return .response(id: id, body: data, error: envelope.error) }
        return .invalid(id: nil, error: ResponseError(code: ResponseError.invalidRequest, message: "Invalid request: a message needs a \"method\" (request or notification) or an \"id\" with a \"result\" or \"error\" (response)"))
    }
}

/// The fields every message shares, read leniently so that each problem can be named.
private struct Envelope: Decodable {
    var id: RequestID?
    var method: String?
    var error: ResponseError?
    var problem: String?

    private enum Keys: String, CodingKey { case jsonrpc, id, method, params, result, error }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if container.contains(.id), !((try? container.decodeNil(forKey: .id)) ?? false) {
            if let id = try? container.decode(RequestID.self, forKey: .id) {
                self.id = id
            } else {
                problem = "\"id\" must be a whole number or a string"
                return
            }
        }
        let version = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
        guard version == "2.0" else {
            problem = "\"jsonrpc\" must be \"2.0\""
            return
        }
        if container.contains(.method) {
            guard let method = try? container.decode(String.self, forKey: .method) else {
                problem = "\"method\" must be a string"
                return
            }
            self.method = method
        } else if container.contains(.error) {
            error = try? container.decode(ResponseError.self, forKey: .error)
            if error == nil { error = ResponseError(code: ResponseError.internalError, message: "the peer sent an error object of the wrong shape") }
        } else if id != nil, !container.contains(.result) {
            problem = "a message with an \"id\" needs a \"method\", a \"result\" or an \"error\""
        }
    }
}

/// The `params` of a message, decoded as a given type.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}

/// The `result` of a response, decoded as a given type.
struct ResultEnvelope<Result: Decodable>: Decodable {
    var result: Result
}

/// A response with a result (`null` is written out, as JSON-RPC asks).
struct ResponseMessage<Result: Encodable>: Encodable {
    var id: RequestID?
    var result: Result?
    var error: ResponseError?

    private enum Keys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        if let error {
            try container.encode(error, forKey: .error)
        } else if let result {
            try container.encode(result, forKey: .result)
        } else {
            try container.encodeNil(forKey: .result)
        }
    }
}

/// A request or notification the server sends.
struct OutgoingMessage<Params: Encodable>: Encodable {
    var id: RequestID?
    var method: String
    var params: Params

    private enum Keys: String, CodingKey { case jsonrpc, id, method, params }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) }
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}
