// The next state is optional, but the code pretends it is always there
#[derive(Debug, Clone, Copy)]
enum Phase {
    Morning,
    Noon,
    Evening,
}

fn following(p: Phase) -> Option<Phase> {
    match p {
        Phase::Morning => Some(Phase::Noon),
        Phase::Noon => Some(Phase::Evening),
        Phase::Evening => None,
    }
}

fn main() {
    let start = Phase::Morning;
    let Some(second) = following(start);
    println!("{:?} then {:?}", start, second);
}
