/// The numbers a rule traces to stand for one route prefix: the prefix itself, then each longer prefix under it
/// that some route table distinguishes (at most `limit` in all, shortest and lowest first).
///
/// A number that no range covers stands for the ranges under it instead (up to `rangesPerGap` of them, lowest
/// first), so its traces have a terminating carrier: `86` becomes `86130`, `86131`... when ranges start there.
struct CallSample {
    /// Every distinct route prefix in force, sorted as text.
    let routePrefixes: [String]
    /// Every range prefix, sorted as text.
    let rangePrefixes: [String]
    let plan: NumberPlan
    let limit: Int
    /// How many ranges stand for a number that no range covers.
    let rangesPerGap = 4

    init(routes: [VoiceRoute], plan: NumberPlan, limit: Int) {
        self.routePrefixes = Set(routes.map(\.prefix.digits)).sorted()
        self.rangePrefixes = plan.ranges.map(\.prefix.digits).sorted()
        self.plan = plan
        self.limit = limit
    }

    /// The numbers (as digit prefixes) to trace for `prefix`, without repeats.
    func numbers(under prefix: E164Prefix) -> [E164Prefix] {
        let longer = Self.extensions(of: prefix.digits, in: self.routePrefixes).filter { $0 != prefix.digits }
        var seen: Set<String> = []
        var numbers: [E164Prefix] = []
        for digits in [prefix.digits] + longer where numbers.count < self.limit {
            let under = Self.extensions(of: digits, in: self.rangePrefixes).prefix(self.rangesPerGap)
            let standIns = self.plan.range(forDigits: digits) != nil || under.isEmpty ? [digits] : Array(under)
            for number in standIns where numbers.count < self.limit && seen.insert(number).inserted {
                if let parsed = E164Prefix(parsing: number) { numbers.append(parsed) }
            }
        }
        return numbers
    }

    /// The entries of sorted `list` that start with `digits`, in order.
    static func extensions(of digits: String, in list: [String]) -> ArraySlice<String> {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < digits { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < list.count, list[end].hasPrefix(digits) { end += 1 }
        return list[low..<end]
    }
}
