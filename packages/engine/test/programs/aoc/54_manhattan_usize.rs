// Manhattan distance of a ship after following instructions (2020 day 12, part 1)
const NAV: &str = "F10
N3
F7
R90
F11";

fn main() {
    let mut x: i64 = 0;
    let mut y: i64 = 0;
    let mut heading = 90; // east

    for line in NAV.lines() {
        let (action, value) = line.split_at(1);
        let value: i64 = value.parse().unwrap();
        match action {
            "N" => y += value,
            "S" => y -= value,
            "E" => x += value,
            "W" => x -= value,
            "L" => heading = (heading - value).rem_euclid(360),
            "R" => heading = (heading + value).rem_euclid(360),
            "F" => match heading {
                0 => y += value,
                90 => x += value,
                180 => y -= value,
                _ => x -= value,
            },
            _ => panic!("unknown action"),
        }
    }

    let distance: usize = x.abs() + y.abs();
    println!("Part 1: {}", distance);
}
