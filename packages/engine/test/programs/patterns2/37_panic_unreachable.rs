// Deliberately panics: an "impossible" combination shows up.
#[derive(Debug, Clone, Copy)]
enum Door {
    Open,
    Closed,
    Locked,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Push,
    Pull,
    Lock,
    Unlock,
}

fn apply(d: Door, op: Op) -> Door {
    match (d, op) {
        (Door::Closed, Op::Push) => Door::Open,
        (Door::Open, Op::Pull) => Door::Closed,
        (Door::Closed, Op::Lock) => Door::Locked,
        (Door::Locked, Op::Unlock) => Door::Closed,
        (Door::Open, Op::Lock) => panic!("cannot lock an open door"),
        (d, op) => {
            println!("  {:?} has no effect on {:?}", op, d);
            d
        }
    }
}

fn main() {
    let ops = [Op::Push, Op::Push, Op::Pull, Op::Lock, Op::Push, Op::Unlock, Op::Push, Op::Lock];
    let mut door = Door::Closed;
    for op in ops {
        door = apply(door, op);
        println!("{:?} -> {:?}", op, door);
    }
    println!("final: {:?}", door);
}
