// A finite automaton that accepts strings of the form a b* c
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Q {
    Start,
    SawA,
    Accept,
    Reject,
}

fn delta(q: Q, c: char) -> Q {
    match (q, c) {
        (Q::Start, 'a') => Q::SawA,
        (Q::SawA, 'b') => Q::SawA,
        (Q::SawA, 'c') => Q::Accept,
        _ => Q::Reject,
    }
}

fn accepts(input: &str) -> (bool, Vec<Q>) {
    let mut trace = vec![Q::Start];
    let mut q = Q::Start;
    for c in input.chars() {
        q = delta(q, c);
        trace.push(q);
        if q == Q::Reject {
            break;
        }
    }
    (q == Q::Accept, trace)
}

fn main() {
    for word in ["ac", "abbbc", "abc", "a", "abca", "bc", ""] {
        let (ok, trace) = accepts(word);
        let path: Vec<String> = trace.iter().map(|q| format!("{:?}", q)).collect();
        println!("{:<6} {:<5} {}", format!("{:?}", word), ok, path.join("->"));
    }
}
