// unreachable! marks code the programmer believes cannot run.
fn quadrant(x: i32, y: i32) -> u8 {
    match (x > 0, y > 0) {
        (true, true) => 1,
        (false, true) => 2,
        (false, false) => 3,
        (true, false) => 4,
    }
}

fn describe(q: u8) -> &'static str {
    match q {
        1 => "upper right",
        2 => "upper left",
        3 => "lower left",
        4 => "lower right",
        other => unreachable!("quadrant {} does not exist", other),
    }
}

fn main() {
    let points = [(1, 2), (-1, 2), (-3, -3), (5, -1)];
    for (x, y) in points {
        println!("({}, {}) is {}", x, y, describe(quadrant(x, y)));
    }
    println!("{}", describe(9));
}
