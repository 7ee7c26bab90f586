import BigInt
import Foundation

extension EthereumTestParser {
    static func string(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> String {
        guard let s = v?.stringValue else { throw EthereumTestError(field, "missing or not a string") }
        return s
    }

    static func array(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> [JSONValue] {
        guard let a = v?.arrayValue else { throw EthereumTestError(field, "missing or not an array") }
        return a
    }

    static func object(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> JSONValue {
        guard let v, case .object = v else { throw EthereumTestError(field, "missing or not an object") }
        return v
    }

    static func hexBytes(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> [UInt8] {
        do {
            return try Hex.decode(try string(v, field), field: field)
        } catch let e as EthereumTestError {
            throw e
        } catch {
            throw EthereumTestError(field, "\(error)")
        }
    }

    static func address(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> EthAddress {
        do {
            return try EthAddress(hex: try string(v, field))
        } catch let e as EthereumTestError {
            throw e
        } catch {
            throw EthereumTestError(field, "\(error)")
        }
    }

    static func word(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> EVMWord {
        do {
            return try EVMWord(hex: try string(v, field))
        } catch let e as EthereumTestError {
            throw e
        } catch {
            throw EthereumTestError(field, "\(error)")
        }
    }

    /// A `0x` quantity of at most 256 bits.
    static func quantity(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> BigInt {
        let w = try word(v, field)
        return BigInt(sign: .plus, magnitude: BigUInt(Data(w.bytes)))
    }
}
