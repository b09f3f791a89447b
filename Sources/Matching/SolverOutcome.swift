import CGLPK

/// How one solve of a linear model ended; a non-optimal end is a value, never a crash.
enum SolverOutcome: Equatable, Sendable {
    /// Proven optimal: `value` is the optimum.
    case optimal(value: Double, columns: [Double])
    /// A solution was found but the search stopped before proving it optimal.
    case feasible(value: Double, bound: Double?, columns: [Double], stop: StopReason)
    /// The constraints admit no solution.
    case infeasible
    /// The objective can grow without limit.
    case unbounded
    /// The search stopped before finding any solution.
    case noSolution(bound: Double?, stop: StopReason)
    /// GLPK could not solve the model (numerical trouble, invalid data).
    case failed(SolverFailure)

    /// Why a search stopped early.
    enum StopReason: Equatable, Sendable, CustomStringConvertible {
        case timeLimit
        case iterationLimit
        case objectiveLimit
        case stoppedByCaller

        var description: String {
            switch self {
            case .timeLimit: return "the time limit stopped the search"
            case .iterationLimit: return "GLPK's iteration limit stopped the search"
            case .objectiveLimit: return "GLPK's objective limit stopped the search"
            case .stoppedByCaller: return "the search was stopped"
            }
        }
    }
}

extension SolverOutcome {
    /// How it ended, in a few words, for the solver log.
    var summary: String {
        switch self {
        case .optimal(let value, _): return "optimal \(value)"
        case .feasible(let value, _, _, let stop): return "\(value) found; \(stop.description)"
        case .infeasible: return "no solution"
        case .unbounded: return "unbounded"
        case .noSolution(_, let stop): return "nothing found; \(stop.description)"
        case .failed(let failure): return failure.description
        }
    }
}

/// A GLPK failure, named after its return code.
struct SolverFailure: Error, Equatable, Sendable, CustomStringConvertible {
    let code: Int32
    let routine: String

    var description: String { "GLPK \(routine) failed: \(Self.meaning(of: code))" }

    /// The meaning of every return code of glp_simplex and glp_intopt.
    static func meaning(of code: Int32) -> String {
        switch code {
        case 0: return "no error"
        case GLP_EBADB: return "invalid initial basis"
        case GLP_ESING: return "singular basis matrix"
        case GLP_ECOND: return "ill-conditioned basis matrix"
        case GLP_EBOUND: return "invalid bounds on a variable or constraint"
        case GLP_EFAIL: return "solver failure"
        case GLP_EOBJLL: return "objective lower limit reached"
        case GLP_EOBJUL: return "objective upper limit reached"
        case GLP_EITLIM: return "iteration limit reached"
        case GLP_ETMLIM: return "time limit reached"
        case GLP_ENOPFS: return "no primal feasible solution"
        case GLP_ENODFS: return "no dual feasible solution"
        case GLP_EROOT: return "optimal LP basis of the root not provided"
        case GLP_ESTOP: return "search stopped by the caller"
        case GLP_EMIPGAP: return "relative MIP gap tolerance reached"
        case GLP_ENOFEAS: return "no primal or dual feasible solution"
        case GLP_ENOCVG: return "no convergence"
        case GLP_EINSTAB: return "numerical instability"
        case GLP_EDATA: return "invalid data"
        case GLP_ERANGE: return "result out of range"
        default: return "unknown return code \(code)"
        }
    }
}

extension SolverOutcome {
    /// Maps a glp_simplex return code and the LP status that follows it.
    static func fromSimplex(code: Int32, status: () -> Int32) -> SolverOutcome? {
        switch code {
        case 0:
            switch status() {
            case GLP_OPT: return nil // optimal LP: the caller goes on to branch and bound
            case GLP_NOFEAS, GLP_INFEAS: return .infeasible
            case GLP_UNBND: return .unbounded
            default: return .failed(SolverFailure(code: GLP_EFAIL, routine: "glp_simplex"))
            }
        case GLP_ENOPFS: return .infeasible
        case GLP_ENODFS: return .unbounded
        case GLP_ETMLIM: return .noSolution(bound: nil, stop: .timeLimit)
        case GLP_EITLIM: return .noSolution(bound: nil, stop: .iterationLimit)
        case GLP_EOBJLL, GLP_EOBJUL: return .noSolution(bound: nil, stop: .objectiveLimit)
        default: return .failed(SolverFailure(code: code, routine: "glp_simplex"))
        }
    }

    /// Maps a glp_intopt return code and the MIP status that follows it. `gapProves` says that
    /// the gap tolerance was set so tight that reaching it proves optimality (integral objective).
    static func fromIntopt(code: Int32, status: Int32, value: Double, bound: Double?,
                           columns: () -> [Double], gapProves: Bool) -> SolverOutcome {
        let stop: StopReason?
        switch code {
        case 0: stop = nil
        case GLP_EMIPGAP: stop = gapProves ? nil : .objectiveLimit
        case GLP_ETMLIM: stop = .timeLimit
        case GLP_ESTOP: stop = .stoppedByCaller
        case GLP_ENOPFS: return .infeasible
        case GLP_ENODFS: return .unbounded
        default: return .failed(SolverFailure(code: code, routine: "glp_intopt"))
        }
        switch status {
        case GLP_OPT where stop == nil: return .optimal(value: value, columns: columns())
        case GLP_FEAS where stop == nil && code == GLP_EMIPGAP: return .optimal(value: value, columns: columns())
        case GLP_OPT, GLP_FEAS:
            return .feasible(value: value, bound: bound, columns: columns(), stop: stop ?? .objectiveLimit)
        case GLP_NOFEAS: return .infeasible
        default: // GLP_UNDEF: stopped before any integer solution
            if let stop { return .noSolution(bound: bound, stop: stop) }
            return .failed(SolverFailure(code: GLP_EFAIL, routine: "glp_intopt"))
        }
    }
}
