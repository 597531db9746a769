// Counting states in a fleet of elevators with matches!
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lift {
    Parked { floor: u8 },
    MovingUp { from: u8, to: u8 },
    MovingDown { from: u8, to: u8 },
    DoorsOpen { floor: u8 },
    OutOfService,
}

fn is_moving(l: &Lift) -> bool {
    matches!(l, Lift::MovingUp { .. } | Lift::MovingDown { .. })
}

fn serves_floor(l: &Lift, f: u8) -> bool {
    matches!(*l, Lift::Parked { floor } | Lift::DoorsOpen { floor } if floor == f)
}

fn main() {
    let fleet = [
        Lift::Parked { floor: 0 },
        Lift::MovingUp { from: 0, to: 7 },
        Lift::DoorsOpen { floor: 3 },
        Lift::OutOfService,
        Lift::MovingDown { from: 9, to: 3 },
        Lift::Parked { floor: 3 },
    ];
    let moving = fleet.iter().filter(|l| is_moving(l)).count();
    let broken = fleet.iter().filter(|l| matches!(l, Lift::OutOfService)).count();
    println!("moving: {}, broken: {}", moving, broken);
    for f in [0u8, 3, 7] {
        let here: Vec<usize> = fleet
            .iter()
            .enumerate()
            .filter(|(_, l)| serves_floor(l, f))
            .map(|(i, _)| i)
            .collect();
        println!("floor {}: lifts {:?}", f, here);
    }
    let heading_to_3 = fleet
        .iter()
        .filter(|l| matches!(l, Lift::MovingUp { to: 3, .. } | Lift::MovingDown { to: 3, .. }))
        .count();
    println!("heading to 3: {}", heading_to_3);
    println!("first equals Parked(0): {}", fleet[0] == Lift::Parked { floor: 0 });
}
